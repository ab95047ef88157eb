import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, Role } from '@hub/core';

/** The SQL for the domain of an e-mail column or parameter (people's e-mails are stored in lower case). */
export const emailDomainSql = (expression: string): string => `lower(split_part(${expression}, '@', 2))`;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
export const newToken = (prefix: string): string => `${prefix}${randomBytes(32).toString('base64url')}`;

export interface SessionRow {
  id: string;
  userAgent: string;
  ip: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
}

export interface LoginCandidate {
  personId: string;
  role: Role;
  passwordHash: string | null;
  disabled: boolean;
}

interface ActorRow {
  person_id: string;
  role: Role;
  id: string;
  csrf_token?: string;
  last_seen_at?: Date;
}

@Injectable()
export class IdentityRepository {
  constructor(private readonly db: DataSource) {}

  async loginCandidate(email: string): Promise<LoginCandidate | null> {
    const rows: Array<{ id: string; role: Role; password_hash: string | null; disabled: boolean }> = await this.db.query(
      `SELECT p.id, p.role, c.password_hash, p.disabled_at IS NOT NULL AS disabled
         FROM person p LEFT JOIN credential c ON c.person_id = p.id WHERE p.email = $1`,
      [email],
    );
    const row = rows[0];
    return row ? { personId: row.id, role: row.role, passwordHash: row.password_hash, disabled: row.disabled } : null;
  }

  async setPassword(personId: string, passwordHash: string, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(
      `INSERT INTO credential (person_id, password_hash) VALUES ($1, $2)
       ON CONFLICT (person_id) DO UPDATE SET password_hash = EXCLUDED.password_hash, updated_at = now()`,
      [personId, passwordHash],
    );
  }

  async passwordHash(personId: string): Promise<string | null> {
    const rows: Array<{ password_hash: string }> = await this.db.query(`SELECT password_hash FROM credential WHERE person_id = $1`, [
      personId,
    ]);
    return rows[0]?.password_hash ?? null;
  }

  async createSession(
    personId: string,
    tokenHash: string,
    csrf: string,
    userAgent: string,
    ip: string,
    ttlHours: number,
    manager: EntityManager = this.db.manager,
  ): Promise<string> {
    // Expired sign-ins of this person are cleared as a new one starts.
    await manager.query(`DELETE FROM session WHERE person_id = $1 AND expires_at < now()`, [personId]);
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO session (person_id, token_hash, csrf_token, user_agent, ip, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(hours => $6)) RETURNING id`,
      [personId, tokenHash, csrf, userAgent.slice(0, 300), ip, ttlHours],
    );
    return rows[0]!.id;
  }

  /** The actor behind a session cookie; touches last-seen at most once a minute (sliding expiry). */
  async actorForSession(tokenHash: string, ttlHours: number): Promise<(Actor & { csrfToken: string; expiresAt: Date }) | null> {
    const rows: Array<ActorRow & { expires_at: Date }> = await this.db.query(
      `SELECT s.id, s.person_id, s.csrf_token, s.last_seen_at, s.expires_at, p.role
         FROM session s JOIN person p ON p.id = s.person_id
        WHERE s.token_hash = $1 AND s.expires_at > now() AND p.disabled_at IS NULL`,
      [tokenHash],
    );
    const row = rows[0];
    if (!row) return null;
    if (row.last_seen_at && Date.now() - row.last_seen_at.getTime() > 60_000) {
      await this.db.query(`UPDATE session SET last_seen_at = now(), expires_at = now() + make_interval(hours => $2) WHERE id = $1`, [
        row.id,
        ttlHours,
      ]);
    }
    return {
      personId: row.person_id,
      role: row.role,
      sessionId: row.id,
      tokenId: null,
      csrfToken: row.csrf_token ?? '',
      expiresAt: row.expires_at,
    };
  }

  async actorForApiToken(tokenHash: string): Promise<Actor | null> {
    const rows: Array<ActorRow & { stale: boolean }> = await this.db.query(
      `SELECT t.id, t.person_id, p.role, (t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute') AS stale
         FROM api_token t JOIN person p ON p.id = t.person_id
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now()) AND p.disabled_at IS NULL`,
      [tokenHash],
    );
    const row = rows[0];
    if (!row) return null;
    // "Last used" to the minute: a write per request would queue concurrent scripts on one row.
    if (row.stale) await this.db.query(`UPDATE api_token SET last_used_at = now() WHERE id = $1`, [row.id]);
    return { personId: row.person_id, role: row.role, sessionId: null, tokenId: row.id };
  }

  async listSessions(personId: string): Promise<SessionRow[]> {
    return this.db.query(
      `SELECT id, user_agent AS "userAgent", ip, created_at AS "createdAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt"
         FROM session WHERE person_id = $1 AND expires_at > now() ORDER BY last_seen_at DESC`,
      [personId],
    );
  }

  async deleteSession(personId: string, sessionId: string): Promise<boolean> {
    const result: [unknown[], number] = await this.db.query(`DELETE FROM session WHERE id = $1 AND person_id = $2`, [sessionId, personId]);
    return result[1] > 0;
  }

  /** Ends a session; answers where the browser goes to end it at the identity provider too, if anywhere. */
  async endSession(personId: string, sessionId: string): Promise<string | null> {
    const [rows]: [Array<{ sso_logout_url: string | null }>, number] = await this.db.query(
      `DELETE FROM session WHERE id = $1 AND person_id = $2 RETURNING sso_logout_url`,
      [sessionId, personId],
    );
    return rows[0]?.sso_logout_url ?? null;
  }

  /**
   * Whether people of this e-mail's domain must sign in through their municipality's identity
   * provider (its `ssoOnly` setting, kept by @hub/sso): they cannot use or be given a password.
   */
  async passwordBarred(email: string, manager: EntityManager = this.db.manager): Promise<string | null> {
    const rows: Array<{ name: string }> = await manager.query(
      `SELECT ip.name FROM identity_provider_domain d JOIN identity_provider ip ON ip.id = d.provider_id
        WHERE d.domain = ${emailDomainSql('$1')} AND ip.sso_only`,
      [email],
    );
    return rows[0]?.name ?? null;
  }

  /** Ends every session and revokes every API token of a person at once. */
  async endEverything(personId: string, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(`DELETE FROM session WHERE person_id = $1`, [personId]);
    await manager.query(`UPDATE api_token SET revoked_at = now() WHERE person_id = $1 AND revoked_at IS NULL`, [personId]);
  }

  async endOtherSessions(personId: string, keepSessionId: string | null): Promise<void> {
    await this.db.query(`DELETE FROM session WHERE person_id = $1 AND id IS DISTINCT FROM $2`, [personId, keepSessionId]);
  }

  async createApiToken(personId: string, name: string, tokenHash: string, prefix: string, expiresInDays: number | null): Promise<TokenRow> {
    const rows: TokenRow[] = await this.db.query(
      `INSERT INTO api_token (person_id, name, token_hash, prefix, expires_at)
       VALUES ($1, $2, $3, $4, CASE WHEN $5::int IS NULL THEN NULL ELSE now() + make_interval(days => $5::int) END)
       RETURNING id, name, prefix, created_at AS "createdAt", last_used_at AS "lastUsedAt", expires_at AS "expiresAt"`,
      [personId, name, tokenHash, prefix, expiresInDays],
    );
    return rows[0]!;
  }

  async listApiTokens(personId: string): Promise<TokenRow[]> {
    return this.db.query(
      `SELECT id, name, prefix, created_at AS "createdAt", last_used_at AS "lastUsedAt", expires_at AS "expiresAt"
         FROM api_token WHERE person_id = $1 AND revoked_at IS NULL ORDER BY created_at DESC`,
      [personId],
    );
  }

  async revokeApiToken(personId: string, tokenId: string): Promise<boolean> {
    const result: [unknown[], number] = await this.db.query(
      `UPDATE api_token SET revoked_at = now() WHERE id = $1 AND person_id = $2 AND revoked_at IS NULL`,
      [tokenId, personId],
    );
    return result[1] > 0;
  }

  async createInvitation(personId: string, tokenHash: string, days: number, manager: EntityManager = this.db.manager): Promise<void> {
    await manager.query(`INSERT INTO invitation (token_hash, person_id, expires_at) VALUES ($1, $2, now() + make_interval(days => $3))`, [
      tokenHash,
      personId,
      days,
    ]);
  }

  /** Marks an unused, unexpired invitation as used and returns its person, in one statement. */
  async consumeInvitation(tokenHash: string, manager: EntityManager): Promise<{ personId: string; email: string } | null> {
    const [rows]: [Array<{ person_id: string; email: string }>, number] = await manager.query(
      `UPDATE invitation i SET used_at = now() FROM person p
        WHERE i.token_hash = $1 AND i.used_at IS NULL AND i.expires_at > now() AND p.id = i.person_id AND p.disabled_at IS NULL
       RETURNING i.person_id, p.email`,
      [tokenHash],
    );
    const row = rows[0];
    return row ? { personId: row.person_id, email: row.email } : null;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
