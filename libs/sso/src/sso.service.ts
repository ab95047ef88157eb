import { Inject, Injectable, Logger } from '@nestjs/common';
import { DomainEvents, HUB_CONFIG, type HubConfig, normalizeEmail, validation } from '@hub/core';
import { AuthService, hashToken as hash, type StartedSession } from '@hub/identity';
import { PeopleRepository } from '@hub/people';
import { SsoFailed } from './failure-page';
import { OidcClient, openid, ProviderUnreachable } from './oidc.client';
import { SecretBox } from './secret-box';
import { emailDomain, type ProviderRow, SsoRepository } from './sso.repository';

export const STATE_MINUTES = 10;
/**
 * Unfinished sign-ins one address may have in flight (each is a row until it returns or expires in
 * STATE_MINUTES). Generous: a municipality's staff may share one NAT address at eight in the morning.
 */
export const PENDING_PER_IP = 100;
export const SSO_STATE_COOKIE = 'nh_sso';
export const CALLBACK_PATH = '/api/v1/auth/sso/callback';

/** A path on the hub to return to after signing in; anything else (another host, //, \\) is refused. */
export function safeReturnTo(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return '/';
  if (raw.length > 500 || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\') || /[\u0000-\u001f\\]/.test(raw))
    return null;
  const base = 'http://hub.invalid';
  const url = new URL(raw, base);
  if (url.origin !== base) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

export interface CallbackResult extends StartedSession {
  returnTo: string;
}

interface Claims {
  sub: string;
  email?: unknown;
  preferred_username?: unknown;
  upn?: unknown;
  name?: unknown;
  given_name?: unknown;
  family_name?: unknown;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

@Injectable()
export class SsoService {
  private readonly logger = new Logger('SsoService');

  constructor(
    private readonly repo: SsoRepository,
    private readonly oidc: OidcClient,
    private readonly secrets: SecretBox,
    private readonly auth: AuthService,
    private readonly people: PeopleRepository,
    private readonly events: DomainEvents,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
  ) {}

  get redirectUri(): string {
    return `${this.config.publicUrl}${CALLBACK_PATH}`;
  }

  get postLogoutRedirectUri(): string {
    return `${this.config.publicUrl}/logga-in`;
  }

  /** How someone with this e-mail signs in, decided by the domain alone (never by whether they exist). */
  async discover(email: string): Promise<{ method: 'sso' | 'password'; provider?: { name: string }; password: boolean }> {
    const provider = await this.repo.byDomain(emailDomain(normalizeEmail(email)));
    return provider
      ? { method: 'sso', provider: { name: provider.name }, password: !provider.ssoOnly }
      : { method: 'password', password: true };
  }

  /** The provider's authorization address (code flow, PKCE S256, state and nonce) and the state for the browser's cookie. */
  async start(email: string, rawReturnTo: string | undefined, ip: string): Promise<{ location: string; state: string }> {
    const returnTo = safeReturnTo(rawReturnTo);
    if (returnTo === null) throw validation([{ field: 'returnTo', message: 'Ange en sökväg i hubben, t.ex. /natverk.' }]);
    const address = normalizeEmail(email);
    const provider = await this.repo.byDomain(emailDomain(address));
    if (!provider) throw new SsoFailed('no-provider');
    const config = await this.configuration(provider);
    const codeVerifier = openid.randomPKCECodeVerifier();
    const state = openid.randomState();
    const nonce = openid.randomNonce();
    const saved = await this.repo.savePending(hash(state), { providerId: provider.id, codeVerifier, nonce, returnTo }, STATE_MINUTES, ip, PENDING_PER_IP);
    if (!saved) throw new SsoFailed('busy', provider.name);
    const url = openid.buildAuthorizationUrl(config, {
      redirect_uri: this.redirectUri,
      scope: 'openid email profile offline_access',
      response_type: 'code',
      code_challenge: await openid.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state,
      nonce,
      login_hint: address,
    });
    return { location: url.href, state };
  }

  /**
   * Finishes a sign-in: the state must match the browser's cookie and a pending attempt (used
   * once), the code is exchanged and the ID token checked by openid-client, the e-mail must be in
   * the provider's domains; then the person is found (by issuer and subject, or on the first
   * sign-in by e-mail), created when the provider allows it, and a session starts, all in one
   * transaction.
   */
  async callback(
    query: Record<string, string | undefined>,
    cookieState: string | undefined,
    ip: string,
    userAgent: string,
  ): Promise<CallbackResult> {
    const state = query['state'];
    if (!state || !cookieState || state !== cookieState || state.length > 200) throw new SsoFailed('state');
    const pending = await this.repo.takePending(hash(state));
    if (!pending) throw new SsoFailed('state');
    const provider = await this.repo.byId(pending.providerId);
    if (!provider) throw new SsoFailed('state');
    if (query['error']) throw new SsoFailed(query['error'] === 'access_denied' ? 'cancelled' : 'rejected', provider.name);
    const config = await this.configuration(provider);
    const current = new URL(this.redirectUri);
    for (const [key, value] of Object.entries(query)) if (value !== undefined) current.searchParams.set(key, value);
    let tokens: Awaited<ReturnType<typeof openid.authorizationCodeGrant>>;
    try {
      tokens = await openid.authorizationCodeGrant(config, current, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
    } catch (error) {
      throw this.classify(error, provider);
    }
    const claims = tokens.claims() as Claims | undefined;
    if (!claims) throw new SsoFailed('rejected', provider.name);
    const rawEmail = [claims.email, claims.preferred_username, claims.upn].map(text).find((v) => v?.includes('@'));
    if (!rawEmail) throw new SsoFailed('no-email', provider.name);
    const email = normalizeEmail(rawEmail);
    if (!provider.domains.includes(emailDomain(email))) {
      this.logger.warn({ provider: provider.id, domain: emailDomain(email) }, 'Sign-in refused: e-mail outside the provider’s domains');
      throw new SsoFailed('wrong-domain', provider.name);
    }
    const issuer = config.serverMetadata().issuer;
    const meta = config.serverMetadata();
    const logoutUrl =
      meta.end_session_endpoint && tokens.id_token
        ? openid.buildEndSessionUrl(config, { id_token_hint: tokens.id_token, post_logout_redirect_uri: this.postLogoutRedirectUri }).href
        : null;
    const refreshEnc = tokens.refresh_token ? this.secrets.seal(tokens.refresh_token) : null;
    const staged = this.events.batch();
    const result = await this.repo.transaction(async (manager) => {
      let personId = await this.repo.linkedPerson(issuer, claims.sub, manager);
      if (personId) {
        const person = await this.repo.personState(personId, manager);
        if (!person || person.disabled) throw new SsoFailed('disabled', provider.name);
      } else {
        const existing = await this.repo.personByEmail(email, issuer, manager);
        if (existing) {
          if (existing.disabled) throw new SsoFailed('disabled', provider.name);
          if (existing.linked) throw new SsoFailed('conflict', provider.name);
          personId = existing.id;
        } else {
          if (!provider.createPeople) throw new SsoFailed('not-imported', provider.name);
          personId = await this.people.create(manager, {
            email,
            name: displayName(claims, email),
            role: 'member',
            municipalityId: provider.municipalityId,
            organisation: null,
            title: '',
          });
          await staged.stage(manager, 'audit', {
            action: 'person.created',
            actorId: null,
            subjectId: personId,
            detail: { role: 'member', source: 'sso', providerId: provider.id },
          });
        }
        await this.repo.link(issuer, claims.sub, personId, manager);
      }
      const session = await this.auth.startSession(personId, ip, userAgent, manager);
      await this.repo.markSsoSession(manager, session.sessionId, provider.id, refreshEnc, logoutUrl);
      await staged.stage(manager, 'audit', { action: 'auth.signed_in', actorId: personId, ip, detail: { method: 'sso', providerId: provider.id } });
      return { ...session, personId };
    });
    staged.publish();
    return { sessionId: result.sessionId, sessionToken: result.sessionToken, csrfToken: result.csrfToken, returnTo: pending.returnTo };
  }

  /** A failed return from the provider is a failed sign-in in the audit log (with the IP; the person is not known for sure). */
  async recordFailure(error: unknown, ip: string): Promise<void> {
    const reason = error instanceof SsoFailed ? error.reason : 'error';
    await this.events.record('audit', { action: 'auth.sign_in_failed', actorId: null, ip, detail: { method: 'sso', reason } });
  }

  private async configuration(provider: ProviderRow): ReturnType<OidcClient['configuration']> {
    try {
      return await this.oidc.configuration(provider);
    } catch (error) {
      if (error instanceof ProviderUnreachable) throw new SsoFailed('provider-down', provider.name);
      throw error;
    }
  }

  private classify(error: unknown, provider: ProviderRow): SsoFailed {
    const e = error as { name?: string; code?: string; cause?: { code?: string }; message?: string };
    const network = error instanceof TypeError || e.name === 'TimeoutError' || e.name === 'AbortError' || e.cause?.code === 'ECONNREFUSED';
    this.logger.warn({ provider: provider.id, code: e.code ?? e.name, reason: e.message }, 'Sign-in through a provider failed');
    return new SsoFailed(network ? 'provider-down' : 'rejected', provider.name);
  }
}

function displayName(claims: Claims, email: string): string {
  const full = text(claims.name) ?? [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ');
  return (full || email.slice(0, email.indexOf('@'))).slice(0, 200);
}
