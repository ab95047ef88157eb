import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface ProviderRow {
  id: string;
  municipalityId: string;
  municipality: { id: string; slug: string; name: string };
  name: string;
  issuer: string;
  clientId: string;
  clientSecretEnc: string;
  domains: string[];
  ssoOnly: boolean;
  createPeople: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ScimTokenRow {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface PendingSignIn {
  providerId: string;
  codeVerifier: string;
  nonce: string;
  returnTo: string;
}

export type ProviderWrite = Pick<
  ProviderRow,
  'municipalityId' | 'name' | 'issuer' | 'clientId' | 'clientSecretEnc' | 'domains' | 'ssoOnly' | 'createPeople'
>;

const PROVIDER_SELECT = `
  SELECT ip.id, ip.municipality_id AS "municipalityId", json_build_object('id', m.id, 'slug', m.slug, 'name', m.name) AS municipality,
         ip.name, ip.issuer, ip.client_id AS "clientId", ip.client_secret_enc AS "clientSecretEnc",
         COALESCE((SELECT array_agg(d.domain ORDER BY d.domain) FROM identity_provider_domain d WHERE d.provider_id = ip.id), '{}') AS domains,
         ip.sso_only AS "ssoOnly", ip.create_people AS "createPeople", ip.created_at AS "createdAt", ip.updated_at AS "updatedAt"
    FROM identity_provider ip JOIN municipality m ON m.id = ip.municipality_id`;

/** The e-mail's domain (after the last @), lower case. */
export const emailDomain = (email: string): string => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

@Injectable()
export class SsoRepository {
  constructor(private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  list(): Promise<ProviderRow[]> {
    return this.db.query(`${PROVIDER_SELECT} ORDER BY m.position, ip.name`);
  }

  async byId(id: string): Promise<ProviderRow | null> {
    const rows: ProviderRow[] = await this.db.query(`${PROVIDER_SELECT} WHERE ip.id = $1`, [id]);
    return rows[0] ?? null;
  }

  async byDomain(domain: string): Promise<ProviderRow | null> {
    const rows: ProviderRow[] = await this.db.query(
      `${PROVIDER_SELECT} WHERE ip.id = (SELECT provider_id FROM identity_provider_domain WHERE domain = $1)`,
      [domain.toLowerCase()],
    );
    return rows[0] ?? null;
  }

  /** Domains among `domains` that another provider already has. */
  async domainsTaken(domains: readonly string[], exceptProviderId: string | null): Promise<string[]> {
    const rows: Array<{ domain: string }> = await this.db.query(
      `SELECT domain FROM identity_provider_domain WHERE domain = ANY($1::text[]) AND provider_id IS DISTINCT FROM $2 ORDER BY domain`,
      [domains, exceptProviderId],
    );
    return rows.map((r) => r.domain);
  }

  async create(manager: EntityManager, p: ProviderWrite): Promise<string> {
    const [row]: Array<{ id: string }> = await manager.query(
      `INSERT INTO identity_provider (municipality_id, name, issuer, client_id, client_secret_enc, sso_only, create_people)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [p.municipalityId, p.name, p.issuer, p.clientId, p.clientSecretEnc, p.ssoOnly, p.createPeople],
    );
    await this.setDomains(manager, row!.id, p.domains);
    return row!.id;
  }

  async update(manager: EntityManager, id: string, p: ProviderWrite): Promise<void> {
    await manager.query(
      `UPDATE identity_provider SET municipality_id = $2, name = $3, issuer = $4, client_id = $5, client_secret_enc = $6,
              sso_only = $7, create_people = $8, updated_at = now() WHERE id = $1`,
      [id, p.municipalityId, p.name, p.issuer, p.clientId, p.clientSecretEnc, p.ssoOnly, p.createPeople],
    );
    await this.setDomains(manager, id, p.domains);
  }

  private async setDomains(manager: EntityManager, id: string, domains: readonly string[]): Promise<void> {
    await manager.query(`DELETE FROM identity_provider_domain WHERE provider_id = $1`, [id]);
    await manager.query(`INSERT INTO identity_provider_domain (domain, provider_id) SELECT unnest($2::text[]), $1`, [id, domains]);
  }

  async delete(id: string): Promise<boolean> {
    const result: [unknown[], number] = await this.db.query(`DELETE FROM identity_provider WHERE id = $1`, [id]);
    return result[1] > 0;
  }

  // ---- sign-ins in flight ----------------------------------------------------------------------

  /**
   * Records a sign-in in flight from `ip`, unless that address already has `maxPerIp` unfinished
   * ones (a finished, failed or expired sign-in no longer counts); false when refused.
   */
  async savePending(stateHash: string, pending: PendingSignIn, minutes: number, ip: string, maxPerIp: number): Promise<boolean> {
    // Abandoned attempts are cleared as new ones start (and every few minutes by `SsoSessions`).
    await this.deleteExpiredPending();
    const rows: unknown[] = await this.db.query(
      `INSERT INTO sso_state (state_hash, provider_id, code_verifier, nonce, return_to, expires_at, ip)
       SELECT $1, $2, $3, $4, $5, now() + make_interval(mins => $6), $7
        WHERE (SELECT count(*) FROM sso_state WHERE ip = $7 AND expires_at > now()) < $8
       RETURNING state_hash`,
      [stateHash, pending.providerId, pending.codeVerifier, pending.nonce, pending.returnTo, minutes, ip, maxPerIp],
    );
    return rows.length === 1;
  }

  /** Removes the sign-ins in flight that ran out (with the address they came from); answers how many. */
  async deleteExpiredPending(): Promise<number> {
    const [, removed]: [unknown[], number] = await this.db.query(`DELETE FROM sso_state WHERE expires_at < now()`);
    return removed;
  }

  /** Takes a pending sign-in once: a replayed or expired state finds nothing. */
  async takePending(stateHash: string): Promise<PendingSignIn | null> {
    const [rows]: [PendingSignIn[], number] = await this.db.query(
      `DELETE FROM sso_state WHERE state_hash = $1 RETURNING provider_id AS "providerId", code_verifier AS "codeVerifier", nonce,
              return_to AS "returnTo", expires_at > now() AS fresh`,
      [stateHash],
    );
    const row = rows[0] as (PendingSignIn & { fresh: boolean }) | undefined;
    return row?.fresh ? { providerId: row.providerId, codeVerifier: row.codeVerifier, nonce: row.nonce, returnTo: row.returnTo } : null;
  }

  // ---- links between provider accounts and people ------------------------------------------------

  async linkedPerson(issuer: string, subject: string, manager: EntityManager): Promise<string | null> {
    const rows: Array<{ person_id: string }> = await manager.query(`SELECT person_id FROM sso_link WHERE issuer = $1 AND subject = $2`, [
      issuer,
      subject,
    ]);
    return rows[0]?.person_id ?? null;
  }

  async personByEmail(
    email: string,
    issuer: string,
    manager: EntityManager,
  ): Promise<{ id: string; disabled: boolean; linked: boolean } | null> {
    const rows: Array<{ id: string; disabled: boolean; linked: boolean }> = await manager.query(
      `SELECT p.id, p.disabled_at IS NOT NULL AS disabled, EXISTS (SELECT 1 FROM sso_link l WHERE l.person_id = p.id AND l.issuer = $2) AS linked
         FROM person p WHERE p.email = $1 FOR UPDATE`,
      [email, issuer],
    );
    return rows[0] ?? null;
  }

  async link(issuer: string, subject: string, personId: string, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO sso_link (issuer, subject, person_id) VALUES ($1, $2, $3)`, [issuer, subject, personId]);
  }

  async personState(personId: string, manager: EntityManager): Promise<{ disabled: boolean; email: string } | null> {
    const rows: Array<{ disabled: boolean; email: string }> = await manager.query(
      `SELECT disabled_at IS NOT NULL AS disabled, email FROM person WHERE id = $1`,
      [personId],
    );
    return rows[0] ?? null;
  }

  // ---- SSO sessions ------------------------------------------------------------------------------

  async markSsoSession(
    manager: EntityManager,
    sessionId: string,
    providerId: string,
    refreshTokenEnc: string | null,
    logoutUrl: string | null,
  ): Promise<void> {
    await manager.query(
      `UPDATE session SET sso_provider_id = $2, sso_refresh_token_enc = $3, sso_checked_at = now(), sso_logout_url = $4 WHERE id = $1`,
      [sessionId, providerId, refreshTokenEnc, logoutUrl],
    );
  }

  /**
   * Claims up to `limit` SSO sessions not checked for `hours`: their check time moves to now, so
   * another process does not check them at the same time.
   */
  claimDue(hours: number, limit: number): Promise<Array<{ id: string; providerId: string; refreshTokenEnc: string | null }>> {
    return this.db
      .query(
        `UPDATE session s SET sso_checked_at = now()
          WHERE s.id IN (SELECT id FROM session WHERE sso_provider_id IS NOT NULL AND sso_checked_at < now() - make_interval(hours => $1)
                          ORDER BY sso_checked_at LIMIT $2 FOR UPDATE SKIP LOCKED)
          RETURNING s.id, s.sso_provider_id AS "providerId", s.sso_refresh_token_enc AS "refreshTokenEnc"`,
        [hours, limit],
      )
      .then((result: [Array<{ id: string; providerId: string; refreshTokenEnc: string | null }>, number]) => result[0]);
  }

  /** A check the provider could not answer is tried again in `minutes`. */
  async retrySoon(sessionId: string, hours: number, minutes: number): Promise<void> {
    await this.db.query(
      `UPDATE session SET sso_checked_at = now() - make_interval(hours => $2) + make_interval(mins => $3) WHERE id = $1`,
      [sessionId, hours, minutes],
    );
  }

  async updateRefreshToken(sessionId: string, refreshTokenEnc: string): Promise<void> {
    await this.db.query(`UPDATE session SET sso_refresh_token_enc = $2 WHERE id = $1`, [sessionId, refreshTokenEnc]);
  }

  async endSession(sessionId: string): Promise<string | null> {
    const [rows]: [Array<{ person_id: string }>, number] = await this.db.query(`DELETE FROM session WHERE id = $1 RETURNING person_id`, [
      sessionId,
    ]);
    return rows[0]?.person_id ?? null;
  }

  // ---- SCIM tokens -------------------------------------------------------------------------------

  scimTokens(providerId: string): Promise<ScimTokenRow[]> {
    return this.db.query(
      `SELECT id, name, prefix, created_at AS "createdAt", last_used_at AS "lastUsedAt" FROM scim_token WHERE provider_id = $1 ORDER BY created_at`,
      [providerId],
    );
  }

  async createScimToken(providerId: string, name: string, tokenHash: string, prefix: string): Promise<ScimTokenRow> {
    const rows: ScimTokenRow[] = await this.db.query(
      `INSERT INTO scim_token (provider_id, name, token_hash, prefix) VALUES ($1, $2, $3, $4)
       RETURNING id, name, prefix, created_at AS "createdAt", last_used_at AS "lastUsedAt"`,
      [providerId, name, tokenHash, prefix],
    );
    return rows[0]!;
  }

  async deleteScimToken(providerId: string, tokenId: string): Promise<boolean> {
    const result: [unknown[], number] = await this.db.query(`DELETE FROM scim_token WHERE id = $1 AND provider_id = $2`, [
      tokenId,
      providerId,
    ]);
    return result[1] > 0;
  }

  async providerForScimToken(tokenHash: string): Promise<ProviderRow | null> {
    const rows: Array<{ provider_id: string; stale: boolean; id: string }> = await this.db.query(
      `SELECT id, provider_id, (last_used_at IS NULL OR last_used_at < now() - interval '1 minute') AS stale FROM scim_token WHERE token_hash = $1`,
      [tokenHash],
    );
    const row = rows[0];
    if (!row) return null;
    if (row.stale) await this.db.query(`UPDATE scim_token SET last_used_at = now() WHERE id = $1`, [row.id]);
    return this.byId(row.provider_id);
  }
}
