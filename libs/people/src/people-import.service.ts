import { Injectable } from '@nestjs/common';
import { DomainError, DomainEvents, slugify } from '@hub/core';
import type { ImportResultDto, ImportRowResultDto } from './people.dto';
import { type CsvPerson, parsePeopleCsv, rowErrors } from './people-csv';
import { PeopleRepository } from './people.repository';

const CHUNK = 500;
export const MAX_IMPORT_ROWS = 20_000;

@Injectable()
export class PeopleImportService {
  constructor(
    private readonly repo: PeopleRepository,
    private readonly events: DomainEvents,
  ) {}

  /** Idempotent by e-mail; valid rows are written in chunks, invalid ones answered with why. */
  async import(
    input: string | Buffer,
    actorId: string | null,
    onProgress?: (done: number, total: number) => void,
  ): Promise<ImportResultDto> {
    const rows = parsePeopleCsv(input);
    if (rows.length > MAX_IMPORT_ROWS) {
      throw new DomainError('payload-too-large', `Högst ${MAX_IMPORT_ROWS} rader per import; dela upp filen.`);
    }
    const municipalityBySlug = new Map(
      (await this.repo.municipalities()).flatMap(
        (m) =>
          [
            [m.slug, m.id],
            [slugify(m.name), m.id],
          ] as const,
      ),
    );
    const results: ImportRowResultDto[] = [];
    const seen = new Map<string, number>();
    const valid: CsvPerson[] = [];
    for (const row of rows) {
      const errors = rowErrors(row, municipalityBySlug);
      const earlier = seen.get(row.email);
      if (earlier !== undefined) errors.push(`E-postadressen finns redan på rad ${earlier}.`);
      else seen.set(row.email, row.line);
      results.push({ line: row.line, email: row.email, status: errors.length ? 'error' : 'created', errors });
      if (errors.length === 0) valid.push(row);
    }
    const statusByEmail = new Map<string, 'created' | 'updated'>();
    // One transaction: a failure anywhere leaves the people as they were, never half an import.
    await this.repo.transaction(async (manager) => {
      for (let i = 0; i < valid.length; i += CHUNK) {
        const chunk = valid.slice(i, i + CHUNK).map((r) => ({
          email: r.email,
          name: r.name,
          title: r.title,
          expertise: r.expertise,
          municipalityId: municipalityBySlug.get(slugify(r.municipality))!,
        }));
        for (const [email, status] of await this.repo.importChunk(manager, chunk)) statusByEmail.set(email, status);
        onProgress?.(Math.min(i + CHUNK, valid.length), valid.length);
      }
    });
    if (valid.length === 0) onProgress?.(0, 0);
    for (const result of results) {
      if (result.status !== 'error') result.status = statusByEmail.get(result.email) ?? 'created';
    }
    const counts = {
      created: results.filter((r) => r.status === 'created').length,
      updated: results.filter((r) => r.status === 'updated').length,
      failed: results.filter((r) => r.status === 'error').length,
    };
    await this.events.record('audit', { action: 'people.imported', actorId, detail: counts });
    return { ...counts, rows: results };
  }
}
