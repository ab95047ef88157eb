import { SetMetadata } from '@nestjs/common';
import type { Permission } from './permissions';

export const ACCESS_METADATA = 'hub:access';

export type RouteAccess = { readonly kind: 'public' } | { readonly kind: 'permission'; readonly permission: Permission };

/** The route needs a signed-in actor whose role may attempt `permission`. */
export const Access = (permission: Permission): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_METADATA, { kind: 'permission', permission } satisfies RouteAccess);

/** The route is open to anyone (health, sign-in). Declared explicitly, never by omission. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(ACCESS_METADATA, { kind: 'public' } satisfies RouteAccess);
