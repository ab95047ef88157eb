import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { ACCESS_METADATA, PERMISSIONS, roleMayAttempt, type RouteAccess } from '@hub/access';
import { type Actor, type ActorCarrier, DomainError, forbidden, HUB_CONFIG, type HubConfig, readCookie, sentFromOwnSite } from '@hub/core';
import { AuthService, SESSION_COOKIE } from './auth.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

type HubRequest = FastifyRequest & ActorCarrier;

/**
 * Runs on every HTTP route. A route without a declared @Access or @Public fails closed (500, and
 * a test walks every route to catch it before it ships).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const access = this.reflector.getAllAndOverride<RouteAccess | undefined>(ACCESS_METADATA, [context.getHandler(), context.getClass()]);
    if (!access) throw new Error(`Route ${context.getClass().name}.${context.getHandler().name} declares no access`);
    const request = context.switchToHttp().getRequest<HubRequest>();
    if (access.kind === 'public') {
      // Public routes (sign-in, health) never fail on a stale cookie or token.
      const actor = await this.authenticate(request).catch(() => null);
      if (actor) request.actor = actor;
      return true;
    }
    const actor = await this.authenticate(request);
    if (actor) request.actor = actor;
    if (!actor) throw new DomainError('unauthenticated', 'Logga in för att fortsätta.');
    // Scoped permissions are decided by AccessService with the ids (404 vs 403 depends on them).
    if (!PERMISSIONS[access.permission].scoped && !roleMayAttempt(access.permission, actor.role)) throw forbidden();
    return true;
  }

  private async authenticate(request: HubRequest): Promise<Actor | null> {
    const header = request.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const actor = match ? await this.auth.authenticateBearer(match[1]!) : null;
      if (!actor) throw new DomainError('unauthenticated', 'API-token är ogiltig, återkallad eller har gått ut.');
      return actor;
    }
    const cookie = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (!cookie) return null;
    const actor = await this.auth.authenticateSession(cookie);
    if (!actor) return null;
    if (!SAFE_METHODS.has(request.method)) {
      // The cookie goes along from any site; the CSRF token and the Origin both say it is the hub's own page.
      if (!sentFromOwnSite(request.headers, this.config.publicUrl)) {
        throw new DomainError('forbidden', 'Begäran kom inte från hubbens egna sidor och togs inte emot. Öppna hubben på dess vanliga adress och försök igen.');
      }
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || sent !== actor.csrfToken) {
        throw new DomainError('csrf', 'Ladda om sidan och försök igen (CSRF-token saknas eller är fel).');
      }
    }
    const { csrfToken: _csrf, ...plain } = actor;
    return plain;
  }
}
