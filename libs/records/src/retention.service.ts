import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '@hub/core';
import { DocumentsService } from '@hub/documents';
import { JobQueue } from '@hub/jobs';
import { Mailer } from '@hub/mail';
import { type DatabasePurge, RetentionRepository } from './retention.repository';
import type { RetentionKind } from './rules';
import { RulesRepository } from './rules.repository';

const QUEUE = 'records-retention';
const DAY = 24 * 3600 * 1000;

export type RetentionCounts = Record<RetentionKind, number>;

/**
 * Retention (gallring): every night each kind of content older than the secretariat's rule is
 * removed in batches, nothing in a network on legal hold, and the counts go to the audit log.
 * Also runs the purge of deleted documents (their days are the documents' own setting).
 */
@Injectable()
export class RetentionService implements OnModuleInit {
  private readonly logger = new Logger('RetentionService');

  constructor(
    private readonly repo: RetentionRepository,
    private readonly rules: RulesRepository,
    private readonly documents: DocumentsService,
    private readonly mailer: Mailer,
    private readonly jobs: JobQueue,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.jobs.register(QUEUE, { retryLimit: 1, batchSize: 1, expireInSeconds: 3600 }, async () => {
      await this.run();
    });
    this.jobs.schedule(QUEUE, '17 3 * * *');
  }

  /** Removes what is due at `now`; returns the counts per kind (also recorded as `retention.run`). */
  async run(now = new Date()): Promise<RetentionCounts> {
    const days = await this.rules.retention();
    const cutoff = (kind: RetentionKind): Date => new Date(now.getTime() - days[kind] * DAY);
    const counts = {} as RetentionCounts;
    for (const kind of ['network_chat', 'direct_messages', 'notifications', 'event_log', 'sessions'] as const satisfies DatabasePurge[]) {
      counts[kind] = await this.repo.purge(kind, cutoff(kind));
    }
    counts.mail_files = this.mailer.removeFiles(this.mailer.filesBefore(cutoff('mail_files')));
    counts.deleted_documents = (await this.documents.purgeExpired(now)).documents;
    counts.audit_log = await this.repo.purgeAudit(cutoff('audit_log'));
    await this.events.record('audit', { action: 'retention.run', actorId: null, detail: counts });
    this.logger.log({ counts }, 'Retention run');
    return counts;
  }
}
