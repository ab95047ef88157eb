import { createParamDecorator, type ExecutionContext } from '@nestjs/common';

export type Role = 'admin' | 'member' | 'guest';
export const ROLES: readonly Role[] = ['admin', 'member', 'guest'];

/** Who is asking: set on the request by the authentication guard. */
export interface Actor {
  readonly personId: string;
  readonly role: Role;
  readonly sessionId: string | null;
  readonly tokenId: string | null;
}

export interface ActorCarrier {
  actor?: Actor;
}

/** The signed-in actor of a route that requires authentication. */
export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => {
  const request = ctx.switchToHttp().getRequest<ActorCarrier>();
  if (!request.actor) throw new Error('CurrentActor used on a route without authentication');
  return request.actor;
});

/** The actor if signed in, otherwise null (public routes). */
export const OptionalActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor | null => {
  return ctx.switchToHttp().getRequest<ActorCarrier>().actor ?? null;
});
