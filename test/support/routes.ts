import { type INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import { ACCESS_METADATA, type RouteAccess } from '@hub/access';

export interface RegisteredRoute {
  /** `GET PostsController.get`: the handler, for messages. */
  handler: string;
  method: string;
  /** The path as Nest registers it, without the global prefix: `/v1/posts/:id`. */
  path: string;
  access: RouteAccess | undefined;
}

const join = (...parts: Array<string | undefined>): string =>
  `/${parts
    .filter((p): p is string => !!p)
    .map((p) => p.replace(/^\/+|\/+$/g, ''))
    .filter((p) => p !== '')
    .join('/')}`;

/** Every HTTP route of the running app, read from Nest's registry (the controllers' metadata). */
export function registeredRoutes(app: INestApplication): RegisteredRoute[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const routes: RegisteredRoute[] = [];
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as object | undefined;
    if (!instance) continue;
    const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
    const base = Reflect.getMetadata(PATH_METADATA, wrapper.metatype as object) as string | string[] | undefined;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name] as object;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | string[] | undefined;
      if (method === undefined || path === undefined) continue;
      const access = (Reflect.getMetadata(ACCESS_METADATA, handler) ?? Reflect.getMetadata(ACCESS_METADATA, wrapper.metatype as object)) as
        | RouteAccess
        | undefined;
      for (const b of [base].flat())
        for (const p of [path].flat())
          routes.push({ handler: `${RequestMethod[method]} ${wrapper.name}.${name}`, method: RequestMethod[method], path: join(b, p), access });
    }
  }
  return routes;
}
