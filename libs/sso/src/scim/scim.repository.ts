import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { emailDomainSql } from '@hub/identity';
import type { PersonForScim } from './scim-user';

const SELECT = `
  SELECT p.id, p.email, p.name, p.title, p.disabled_at IS NOT NULL AS disabled, su.external_id AS "externalId",
         p.created_at AS "createdAt", p.updated_at AS "updatedAt"
    FROM person p LEFT JOIN scim_user su ON su.person_id = p.id`;

/** The people a provider's directory may see and manage: those with an e-mail on its domains, not deleted by it. */
const IN_SCOPE = `${emailDomainSql('p.email')} = ANY($1::text[]) AND su.deleted_at IS NULL`;

export type ScimWhere = { attribute: 'userName' | 'email' | 'externalId' | 'id'; value: string } | null;

@Injectable()
export class ScimRepository {
  constructor(private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  private condition(where: ScimWhere): string {
    if (!where) return '';
    if (where.attribute === 'externalId') return 'AND su.external_id = $2';
    if (where.attribute === 'id') return `AND p.id::text = lower($2)`;
    return 'AND p.email = lower($2)';
  }

  async page(
    domains: readonly string[],
    where: ScimWhere,
    offset: number,
    limit: number,
  ): Promise<{ total: number; rows: PersonForScim[] }> {
    const params: unknown[] = [domains];
    if (where) params.push(where.value);
    const cond = this.condition(where);
    const [count]: Array<{ n: number }> = await this.db.query(
      `SELECT count(*)::int AS n FROM person p LEFT JOIN scim_user su ON su.person_id = p.id WHERE ${IN_SCOPE} ${cond}`,
      params,
    );
    const rows: PersonForScim[] = await this.db.query(
      `${SELECT} WHERE ${IN_SCOPE} ${cond} ORDER BY p.created_at, p.id OFFSET $${params.length + 1} LIMIT $${params.length + 2}`,
      [...params, offset, limit],
    );
    return { total: count!.n, rows };
  }

  async one(domains: readonly string[], id: string, manager: EntityManager = this.db.manager): Promise<PersonForScim | null> {
    const rows: PersonForScim[] = await manager.query(`${SELECT} WHERE ${IN_SCOPE} AND p.id = $2`, [domains, id]);
    return rows[0] ?? null;
  }

  /** Anyone with this e-mail, in scope or not, and whether the directory deleted them. */
  async byEmail(email: string, manager: EntityManager): Promise<{ id: string; deleted: boolean } | null> {
    const rows: Array<{ id: string; deleted: boolean }> = await manager.query(
      `SELECT p.id, su.deleted_at IS NOT NULL AS deleted FROM person p LEFT JOIN scim_user su ON su.person_id = p.id WHERE p.email = $1 FOR UPDATE OF p`,
      [email],
    );
    return rows[0] ?? null;
  }

  async manage(manager: EntityManager, personId: string, providerId: string, externalId: string | null): Promise<void> {
    await manager.query(
      `INSERT INTO scim_user (person_id, provider_id, external_id) VALUES ($1, $2, $3)
       ON CONFLICT (person_id) DO UPDATE SET provider_id = EXCLUDED.provider_id, external_id = EXCLUDED.external_id, deleted_at = NULL, updated_at = now()`,
      [personId, providerId, externalId],
    );
  }

  async markDeleted(personId: string, providerId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO scim_user (person_id, provider_id, deleted_at) VALUES ($1, $2, now())
       ON CONFLICT (person_id) DO UPDATE SET deleted_at = now(), updated_at = now()`,
      [personId, providerId],
    );
  }
}
