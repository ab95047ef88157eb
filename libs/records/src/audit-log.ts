import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type AuditEntry, CSV_BOM, csvLine, DomainEvents, type Page } from '@hub/core';
import { type AuditFilter, AuditRepository, type AuditRow, type ChainBreak } from './audit.repository';

const CSV_HEADER = ['Nummer', 'Tidpunkt (UTC)', 'Händelse', 'Vem', 'Vems id', 'Nätverk', 'Gäller', 'Gäller id', 'IP-adress', 'Detaljer'];

/**
 * The audit log. Other domains announce what they did with the `audit` domain event; this writes
 * it (in the change's transaction when the event was staged there). `record()` is the same for
 * this library's own actions (exports, erasures, retention runs).
 */
@Injectable()
export class AuditLog implements OnModuleInit {
  constructor(
    private readonly repo: AuditRepository,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.events.onWithin('audit', async (entry, manager) => {
      await this.repo.insert(entry, manager);
    });
  }

  record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    return this.repo.insert(entry, manager);
  }

  list(filter: AuditFilter, limit: number, cursor?: string): Promise<Page<AuditRow>> {
    return this.repo.list(filter, limit, cursor);
  }

  /** The matching rows as CSV for Excel (`;`, UTF-8 with BOM, formulas defused), page by page. */
  async *csv(filter: AuditFilter): AsyncGenerator<string> {
    yield CSV_BOM + csvLine(CSV_HEADER);
    for await (const rows of this.repo.all(filter)) {
      yield rows
        .map((r) =>
          csvLine([
            r.seq,
            new Date(r.at).toISOString(),
            r.action,
            r.actorName ?? (r.actorId ? '' : 'Hubben'),
            r.actorId,
            r.networkName,
            r.subjectName,
            r.subjectId,
            r.ip,
            Object.keys(r.detail).length ? JSON.stringify(r.detail) : '',
          ]),
        )
        .join('');
    }
  }

  verify(): Promise<{ checked: number; broken: ChainBreak | null }> {
    return this.repo.firstBreak();
  }
}
