import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isMemberSql, seesInsideSql } from '@hub/access';
import { type Role, containsPattern } from '@hub/core';
import type { ExpertiseDto, MunicipalityDto, PersonNetworkDto } from './people.dto';

/** Who disables or enables a person: the secretariat in the hub, or their municipality's directory (SCIM). */
export type DisabledBy = 'hub' | 'directory';

export interface PersonRow {
  id: string;
  name: string;
  email: string;
  phone: string;
  title: string;
  bio: string;
  languages: string[];
  role: Role;
  organisation: string | null;
  show_email: boolean;
  show_phone: boolean;
  disabled: boolean;
  municipality: MunicipalityDto | null;
  expertise: ExpertiseDto[];
}

export interface SummaryRow {
  id: string;
  name: string;
  title: string;
  role: Role;
  organisation: string | null;
  disabled: boolean;
  municipality: MunicipalityDto | null;
  expertise: string[];
}

export interface ListFilter {
  municipalityId?: string;
  networkId?: string;
  /** Part of the name, in any case. */
  name?: string;
  /** Guests see only people they share a network with. */
  sharingWith?: string;
  includeDisabled: boolean;
  after: [string, string] | null;
  limit: number;
}

export interface ImportRow {
  email: string;
  name: string;
  municipalityId: string;
  title: string;
  expertise: string[];
}

const MUNICIPALITY_JSON = `CASE WHEN m.id IS NULL THEN NULL ELSE json_build_object('id', m.id, 'slug', m.slug, 'name', m.name) END`;

@Injectable()
export class PeopleRepository {
  constructor(private readonly db: DataSource) {}

  async municipalities(): Promise<MunicipalityDto[]> {
    return this.db.query(`SELECT id, slug, name FROM municipality ORDER BY position`);
  }

  async person(id: string): Promise<PersonRow | null> {
    const rows: PersonRow[] = await this.db.query(
      `SELECT p.id, p.name, p.email, p.phone, p.title, p.bio, p.languages, p.role, p.organisation,
              p.show_email, p.show_phone, p.disabled_at IS NOT NULL AS disabled,
              ${MUNICIPALITY_JSON} AS municipality,
              COALESCE((SELECT json_agg(json_build_object('tag', e.tag, 'askMe', e.ask_me, 'mentor', e.mentor, 'learning', e.learning) ORDER BY e.position, e.tag)
                          FROM expertise e WHERE e.person_id = p.id), '[]') AS expertise
         FROM person p LEFT JOIN municipality m ON m.id = p.municipality_id
        WHERE p.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /**
   * The person's networks whose members the viewer may see (the access rule, ADR 0002: a closed
   * network's members are not shown to outsiders); one's own are always shown. Listing policy: a
   * profile lists the networks the person works in now, not archived ones.
   */
  async networksOf(personId: string, viewerId: string, viewerRole: Role): Promise<PersonNetworkDto[]> {
    return this.db.query(
      `SELECT n.id, n.slug, n.name, m.role
         FROM membership m JOIN network n ON n.id = m.network_id
        WHERE m.person_id = $1 AND n.archived_at IS NULL
          AND ($1 = $2 OR ${seesInsideSql('n', isMemberSql('n', '$2'), '$3')})
        ORDER BY n.name`,
      [personId, viewerId, viewerRole],
    );
  }

  /** One statement per page, keyset-paged on (name, id); indexes person_name_idx / person_municipality_name_idx. */
  async list(filter: ListFilter): Promise<SummaryRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    if (!filter.includeDisabled) where.push('p.disabled_at IS NULL');
    if (filter.municipalityId) where.push(`p.municipality_id = ${param(filter.municipalityId)}`);
    if (filter.name) where.push(`p.name ILIKE ${param(containsPattern(filter.name))}`);
    if (filter.networkId)
      where.push(`EXISTS (SELECT 1 FROM membership nm WHERE nm.person_id = p.id AND nm.network_id = ${param(filter.networkId)})`);
    if (filter.sharingWith) {
      const me = param(filter.sharingWith);
      where.push(
        `(p.id = ${me} OR EXISTS (SELECT 1 FROM membership x JOIN membership y ON y.network_id = x.network_id WHERE x.person_id = p.id AND y.person_id = ${me}))`,
      );
    }
    if (filter.after) where.push(`(p.name, p.id) > (${param(filter.after[0])}, ${param(filter.after[1])}::uuid)`);
    const limit = param(filter.limit);
    return this.db.query(
      `SELECT p.id, p.name, p.title, p.role, p.organisation, p.disabled_at IS NOT NULL AS disabled,
              ${MUNICIPALITY_JSON} AS municipality,
              COALESCE((SELECT array_agg(e.tag ORDER BY e.position, e.tag) FROM expertise e WHERE e.person_id = p.id), '{}') AS expertise
         FROM (SELECT * FROM person p ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY p.name, p.id LIMIT ${limit}) p
         LEFT JOIN municipality m ON m.id = p.municipality_id
        ORDER BY p.name, p.id`,
      params,
    );
  }

  /** The 11 municipalities change by migration only: read once per process. */
  private municipalityList: Promise<MunicipalityDto[]> | undefined;

  async municipalityByIdOrSlug(value: string): Promise<MunicipalityDto | null> {
    this.municipalityList ??= this.municipalities().catch((err: unknown) => {
      this.municipalityList = undefined;
      throw err;
    });
    const lower = value.toLowerCase();
    return (await this.municipalityList).find((m) => m.id === lower || m.slug === lower || m.name.toLowerCase() === lower) ?? null;
  }

  async updateProfile(
    id: string,
    fields: Partial<{
      name: string;
      title: string;
      bio: string;
      languages: string[];
      phone: string;
      show_email: boolean;
      show_phone: boolean;
    }>,
    expertise: ExpertiseDto[] | undefined,
  ): Promise<void> {
    await this.db.transaction(async (manager) => {
      const columns = new Set(['name', 'title', 'bio', 'languages', 'phone', 'show_email', 'show_phone']);
      const entries = Object.entries(fields).filter(([column, v]) => v !== undefined && columns.has(column));
      if (entries.length > 0) {
        const sets = entries.map(([column], i) => `${column} = $${i + 2}`).join(', ');
        await manager.query(`UPDATE person SET ${sets}, updated_at = now() WHERE id = $1`, [id, ...entries.map(([, v]) => v)]);
      }
      if (expertise) await this.replaceExpertise(manager, id, expertise);
    });
  }

  private async replaceExpertise(manager: EntityManager, personId: string, expertise: ExpertiseDto[]): Promise<void> {
    await manager.query(`DELETE FROM expertise WHERE person_id = $1`, [personId]);
    if (expertise.length === 0) return;
    await manager.query(
      `INSERT INTO expertise (person_id, tag, ask_me, mentor, learning, position)
       SELECT $1, t.tag, t.ask_me, t.mentor, t.learning, t.ord - 1
         FROM unnest($2::text[], $3::boolean[], $4::boolean[], $5::boolean[]) WITH ORDINALITY AS t(tag, ask_me, mentor, learning, ord)`,
      [
        personId,
        expertise.map((e) => e.tag),
        expertise.map((e) => e.askMe),
        expertise.map((e) => e.mentor),
        expertise.map((e) => e.learning),
      ],
    );
  }

  async emailExists(email: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(`SELECT 1 FROM person WHERE email = $1`, [email]);
    return rows.length > 0;
  }

  async create(
    manager: EntityManager,
    person: { email: string; name: string; role: Role; municipalityId: string | null; organisation: string | null; title: string },
  ): Promise<string> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO person (email, name, role, municipality_id, organisation, title) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [person.email, person.name, person.role, person.municipalityId, person.organisation, person.title],
    );
    return rows[0]!.id;
  }

  /** What a municipality's directory decides about a person (over SCIM). */
  async updateFromDirectory(
    manager: EntityManager,
    id: string,
    fields: { email: string; name: string; title: string; municipalityId: string },
  ): Promise<void> {
    await manager.query(
      `UPDATE person SET email = $2, name = $3, title = $4, municipality_id = $5, updated_at = now() WHERE id = $1`,
      [id, fields.email, fields.name, fields.title, fields.municipalityId],
    );
  }

  /**
   * Disables or enables the person on behalf of `by`. The directory's own disabling is remembered
   * (`disabled_by_directory`): it may enable only that, so someone the secretariat disabled stays
   * disabled ('kept'). The secretariat's disabling also takes over one the directory made.
   */
  async setDisabled(manager: EntityManager, id: string, disabled: boolean, by: DisabledBy): Promise<'done' | 'kept' | 'missing'> {
    // SET expressions read the row as it was before the update.
    const set = disabled
      ? `disabled_at = COALESCE(disabled_at, now()), disabled_by_directory = ${by === 'directory' ? '(disabled_at IS NULL OR disabled_by_directory)' : 'false'}`
      : 'disabled_at = NULL, disabled_by_directory = false';
    const onlyOwn = !disabled && by === 'directory' ? ' AND (disabled_at IS NULL OR disabled_by_directory)' : '';
    const result: [unknown[], number] = await manager.query(`UPDATE person SET ${set}, updated_at = now() WHERE id = $1${onlyOwn}`, [id]);
    if (result[1] > 0) return 'done';
    if (!onlyOwn) return 'missing';
    const [row]: Array<{ id: string }> = await manager.query(`SELECT id FROM person WHERE id = $1`, [id]);
    return row ? 'kept' : 'missing';
  }

  /**
   * Upserts a chunk of imported people by e-mail in three statements. Existing people keep their
   * role, bio and expertise flags; name, municipality, title and the set of tags follow the file.
   */
  async importChunk(manager: EntityManager, rows: readonly ImportRow[]): Promise<Map<string, 'created' | 'updated'>> {
    {
      const upserted: Array<{ id: string; email: string; inserted: boolean }> = await manager.query(
        `INSERT INTO person (email, name, role, municipality_id, title)
         SELECT t.email, t.name, 'member', t.municipality_id, t.title
           FROM unnest($1::text[], $2::text[], $3::uuid[], $4::text[]) AS t(email, name, municipality_id, title)
         ON CONFLICT (email) DO UPDATE
           SET name = EXCLUDED.name, title = EXCLUDED.title,
               municipality_id = CASE WHEN person.role = 'guest' THEN person.municipality_id ELSE EXCLUDED.municipality_id END,
               updated_at = now()
         RETURNING id, email, (xmax = 0) AS inserted`,
        [rows.map((r) => r.email), rows.map((r) => r.name), rows.map((r) => r.municipalityId), rows.map((r) => r.title)],
      );
      const idByEmail = new Map(upserted.map((u) => [u.email, u.id]));
      const personIds: string[] = [];
      const tags: string[] = [];
      const positions: number[] = [];
      for (const row of rows) {
        row.expertise.forEach((tag, index) => {
          personIds.push(idByEmail.get(row.email)!);
          tags.push(tag);
          positions.push(index);
        });
      }
      await manager.query(
        `DELETE FROM expertise e WHERE e.person_id = ANY($1::uuid[]) AND NOT EXISTS (
          SELECT 1 FROM unnest($2::uuid[], $3::text[]) AS k(person_id, tag) WHERE k.person_id = e.person_id AND k.tag = e.tag)`,
        [[...idByEmail.values()], personIds, tags],
      );
      if (tags.length > 0) {
        await manager.query(
          `INSERT INTO expertise (person_id, tag, position)
           SELECT * FROM unnest($1::uuid[], $2::text[], $3::smallint[])
           ON CONFLICT (person_id, tag) DO UPDATE SET position = EXCLUDED.position`,
          [personIds, tags, positions],
        );
      }
      return new Map(upserted.map((u) => [u.email, u.inserted ? 'created' : 'updated'] as const));
    }
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}
