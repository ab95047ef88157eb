import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import {
  type Actor,
  DomainError,
  DomainEvents,
  forbidden,
  HUB_CONFIG,
  type HubConfig,
  normalizeEmail,
  notFound,
  validation,
} from '@hub/core';
import type { EntityManager } from 'typeorm';
import { AuthCache, type CachedActor } from './auth-cache';
import { hashToken, IdentityRepository, newToken, type SessionRow, type TokenRow } from './identity.repository';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { checkPassword } from './password-policy';

export const SESSION_COOKIE = 'nh_session';

export interface LoginResult {
  sessionToken: string;
  csrfToken: string;
  personId: string;
  role: Actor['role'];
}

export interface StartedSession {
  sessionId: string;
  sessionToken: string;
  csrfToken: string;
}

/** The answer to a password where the municipality's own sign-in is required. */
export const passwordBarredError = (providerName: string): DomainError =>
  new DomainError('forbidden', `Ditt konto loggar in med ${providerName}, inte med lösenord i hubben. Välj "Logga in med ${providerName}".`);

@Injectable()
export class AuthService {
  private readonly logger = new Logger('AuthService');

  constructor(
    private readonly repo: IdentityRepository,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly cache: AuthCache,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
    private readonly events: DomainEvents,
  ) {}

  /** The same answer for an unknown e-mail, a wrong password and a disabled account: no enumeration. */
  async login(rawEmail: string, password: string, ip: string, userAgent: string): Promise<LoginResult> {
    const email = normalizeEmail(rawEmail);
    // Counted before the (slow) password check: parallel guesses cannot outrun the throttle.
    const wait = await this.throttle.begin(email, ip);
    if (wait > 0) {
      throw new DomainError('too-many-requests', `För många misslyckade inloggningar. Vänta ${wait} sekunder och försök igen.`, {
        retryAfterSeconds: wait,
      });
    }
    // Decided by the domain alone (as discovery answers it), so it tells nothing about the person.
    const barredBy = await this.repo.passwordBarred(email);
    if (barredBy) throw passwordBarredError(barredBy);
    const candidate = await this.repo.loginCandidate(email);
    const ok = await this.hasher.verify(candidate?.passwordHash ?? null, password);
    if (!candidate || !ok || candidate.disabled) {
      this.logger.warn({ ip }, 'Failed sign-in');
      // The audit log names the account (never the e-mail typed) when there is one.
      await this.events.record('audit', { action: 'auth.sign_in_failed', actorId: candidate?.personId ?? null, ip });
      throw new DomainError('invalid-credentials', 'Kontrollera e-postadress och lösenord och försök igen.');
    }
    await this.throttle.recordSuccess(email, ip);
    const session = await this.startSession(candidate.personId, ip, userAgent);
    await this.events.record('audit', { action: 'auth.signed_in', actorId: candidate.personId, ip });
    return { sessionToken: session.sessionToken, csrfToken: session.csrfToken, personId: candidate.personId, role: candidate.role };
  }

  /** A new signed-in session (the cookie's token and its CSRF token), in the caller's transaction if given. */
  async startSession(personId: string, ip: string, userAgent: string, manager?: EntityManager): Promise<StartedSession> {
    const sessionToken = newToken('');
    const csrfToken = randomBytes(24).toString('base64url');
    const sessionId = await this.repo.createSession(
      personId,
      hashToken(sessionToken),
      csrfToken,
      userAgent,
      ip,
      this.config.sessionTtlHours,
      manager,
    );
    return { sessionId, sessionToken, csrfToken };
  }

  /** Refuses a password for people who must sign in through their municipality. */
  async assertPasswordAllowed(email: string, manager?: EntityManager): Promise<void> {
    const barredBy = await this.repo.passwordBarred(email, manager);
    if (barredBy) throw passwordBarredError(barredBy);
  }

  async authenticateSession(token: string): Promise<CachedActor | null> {
    if (!token || token.length > 200) return null;
    const key = `s:${hashToken(token)}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const stamp = this.cache.stamp();
    const found = await this.repo.actorForSession(hashToken(token), this.config.sessionTtlHours);
    if (!found) return null;
    const { expiresAt, ...actor } = found;
    this.cache.set(key, actor, stamp, expiresAt);
    return actor;
  }

  async authenticateBearer(token: string): Promise<Actor | null> {
    if (!token.startsWith('nh_') || token.length > 200) return null;
    const key = `t:${hashToken(token)}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const stamp = this.cache.stamp();
    const actor = await this.repo.actorForApiToken(hashToken(token));
    if (actor) this.cache.set(key, { ...actor, csrfToken: '' }, stamp);
    return actor;
  }

  /** Told whenever someone's sign-ins may have ended (locally or in another process). */
  onSignInsChanged(listener: (personId: string) => void): void {
    this.cache.onDrop(listener);
  }

  /** Forget cached sign-ins of a person in this process (others hear the database's NOTIFY). */
  forget(personId: string): void {
    this.cache.dropPerson(personId);
  }

  /** Ends every session and API token of a person (their home provider no longer vouches for them). */
  async endEverything(personId: string): Promise<void> {
    await this.repo.endEverything(personId);
    this.forget(personId);
  }

  /** Ends this session; answers the identity provider's logout address when it was started there. */
  async logout(actor: Actor): Promise<string | null> {
    const providerLogout = actor.sessionId ? await this.repo.endSession(actor.personId, actor.sessionId) : null;
    this.forget(actor.personId);
    return providerLogout;
  }

  async sessions(actor: Actor): Promise<Array<SessionRow & { current: boolean }>> {
    const rows = await this.repo.listSessions(actor.personId);
    return rows.map((s) => ({ ...s, current: s.id === actor.sessionId }));
  }

  async revokeSession(actor: Actor, sessionId: string): Promise<void> {
    if (!(await this.repo.deleteSession(actor.personId, sessionId))) throw notFound('Sessionen finns inte.');
    this.forget(actor.personId);
  }

  async createToken(actor: Actor, name: string, expiresInDays: number | null): Promise<TokenRow & { token: string }> {
    // A leaked token must not be able to mint its own successors.
    if (actor.tokenId) throw forbidden('API-token skapas när du är inloggad i webbläsaren, inte med en annan API-token.');
    const token = newToken('nh_');
    const row = await this.repo.createApiToken(actor.personId, name.trim(), hashToken(token), token.slice(0, 10), expiresInDays);
    await this.events.record('audit', { action: 'token.created', actorId: actor.personId, subjectId: row.id, detail: { expiresInDays } });
    return { ...row, token };
  }

  tokens(actor: Actor): Promise<TokenRow[]> {
    return this.repo.listApiTokens(actor.personId);
  }

  async revokeToken(actor: Actor, tokenId: string): Promise<void> {
    if (!(await this.repo.revokeApiToken(actor.personId, tokenId))) throw notFound('Token finns inte.');
    await this.events.record('audit', { action: 'token.revoked', actorId: actor.personId, subjectId: tokenId.toLowerCase() });
    this.forget(actor.personId);
  }

  async changePassword(actor: Actor, current: string, next: string, email: string): Promise<void> {
    await this.assertPasswordAllowed(email);
    const ok = await this.hasher.verify(await this.repo.passwordHash(actor.personId), current);
    if (!ok) throw validation([{ field: 'currentPassword', message: 'Nuvarande lösenord stämmer inte.' }]);
    const problem = checkPassword(next, { email });
    if (problem) throw validation([{ ...problem, field: 'newPassword' }]);
    await this.repo.setPassword(actor.personId, await this.hasher.hash(next));
    // A new password ends every other sign-in: whoever knew the old one is out.
    await this.repo.endOtherSessions(actor.personId, actor.sessionId);
    this.forget(actor.personId);
  }

  /** Sets the first password from an invitation link; the link works once. */
  async acceptInvitation(token: string, password: string): Promise<void> {
    await this.repo.transaction(async (manager) => {
      const invited = await this.repo.consumeInvitation(hashToken(token), manager);
      if (!invited)
        throw new DomainError('not-found', 'Inbjudningslänken är ogiltig, redan använd eller för gammal. Be sekretariatet om en ny.');
      await this.assertPasswordAllowed(invited.email, manager);
      const problem = checkPassword(password, { email: invited.email });
      if (problem) throw validation([problem]);
      await this.repo.setPassword(invited.personId, await this.hasher.hash(password), manager);
    });
  }
}
