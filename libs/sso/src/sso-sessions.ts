import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { HUB_CONFIG, type HubConfig } from '@hub/core';
import { AuthService } from '@hub/identity';
import { OidcClient, openid } from './oidc.client';
import { SecretBox } from './secret-box';
import { SsoRepository } from './sso.repository';

const SWEEP_MS = 5 * 60_000;
const RETRY_MINUTES = 10;

/**
 * Re-checks sessions started through a municipality's provider at most every SSO_SESSION_HOURS:
 * with the refresh token the provider gave, which it refuses (invalid_grant) once the person is
 * disabled or removed at home; then every session and API token of the person ends (their NOTIFY
 * ends cached sign-ins and sockets in every process): the home provider no longer vouches for them.
 * A session without a refresh token (or of a removed provider) ends alone at its check: the person
 * signs in again through the provider. A provider that cannot be reached is asked again ten minutes later.
 * Each run (every five minutes) also removes the sign-ins in flight that ran out unfinished.
 */
@Injectable()
export class SsoSessions implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('SsoSessions');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(
    private readonly repo: SsoRepository,
    private readonly oidc: OidcClient,
    private readonly secrets: SecretBox,
    private readonly auth: AuthService,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
  ) {}

  onApplicationBootstrap(): void {
    // In a cluster one process sweeps (claimDue would keep two from checking the same session anyway).
    if (!this.config.runsBackgroundWork) return;
    this.timer = setInterval(
      () => void this.checkDue().catch((error: unknown) => this.logger.warn({ err: error }, 'SSO session check failed')),
      SWEEP_MS,
    );
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** Checks the sessions that are due; answers how many ended. */
  checkDue(): Promise<number> {
    this.running ??= this.sweep().finally(() => (this.running = undefined));
    return this.running;
  }

  private async sweep(): Promise<number> {
    // Sign-ins started and never finished go too, with the address they came from, even when
    // nobody starts another one (which also clears them).
    await this.repo.deleteExpiredPending();
    let ended = 0;
    for (;;) {
      const due = await this.repo.claimDue(this.config.ssoSessionHours, 50);
      for (const session of due) if (await this.check(session)) ended += 1;
      if (due.length < 50) return ended;
    }
  }

  private async check(session: { id: string; providerId: string; refreshTokenEnc: string | null }): Promise<boolean> {
    if (session.refreshTokenEnc) {
      const provider = await this.repo.byId(session.providerId);
      if (!provider) return this.end(session.id, false);
      try {
        const config = await this.oidc.configuration(provider);
        const tokens = await openid.refreshTokenGrant(config, this.secrets.open(session.refreshTokenEnc));
        if (tokens.refresh_token) await this.repo.updateRefreshToken(session.id, this.secrets.seal(tokens.refresh_token));
        return false;
      } catch (error) {
        const refused =
          error instanceof openid.ResponseBodyError && ['invalid_grant', 'unauthorized_client', 'invalid_client'].includes(error.error);
        if (!refused) {
          await this.repo.retrySoon(session.id, this.config.ssoSessionHours, RETRY_MINUTES);
          return false;
        }
        return this.end(session.id, true);
      }
    }
    return this.end(session.id, false);
  }

  /** Ends the session, or with `everything` all the person's sessions and API tokens. */
  private async end(sessionId: string, everything: boolean): Promise<boolean> {
    const personId = await this.repo.endSession(sessionId);
    if (personId === null) return false;
    if (everything) await this.auth.endEverything(personId);
    else this.auth.forget(personId);
    return true;
  }
}
