import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { jobScope } from '@hub/access';
import { DomainEvents } from '@hub/core';
import { JobQueue } from '@hub/jobs';
import { DocumentsRepository } from './documents.repository';
import { DocumentsService, TEXT_QUEUE } from './documents.service';
import { chunkText, type DocumentKind, extractText } from './inspect';
import { DOCUMENT_STORAGE, type DocumentStorage } from './storage';

const ORPHANS_QUEUE = 'document-orphans';

/**
 * Background work of the libraries: reading the text of each new version for search (a file
 * that cannot be read is marked with the reason, never refused), and removing stored bytes no
 * version uses (hourly). Deleted documents are removed once their retention has ended by the
 * nightly retention run of `@hub/records` (`DocumentsService.purgeExpired`).
 */
@Injectable()
export class DocumentJobs implements OnModuleInit {
  private readonly logger = new Logger('DocumentJobs');

  constructor(
    private readonly jobs: JobQueue,
    private readonly repo: DocumentsRepository,
    private readonly documents: DocumentsService,
    private readonly events: DomainEvents,
    @Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ documentId: string; version: number }>(
      TEXT_QUEUE,
      { retryLimit: 2, retryDelay: 60, expireInSeconds: 300, batchSize: 1 },
      ({ documentId, version }) => this.extract(documentId, version),
    );
    this.jobs.register(ORPHANS_QUEUE, { retryLimit: 1, batchSize: 1 }, async () => {
      await this.documents.sweepOrphans();
    });
    this.jobs.schedule(ORPHANS_QUEUE, '47 * * * *');
  }

  /** Reads the text of one version; skipped when a newer version has taken its place. */
  async extract(documentId: string, version: number): Promise<void> {
    const where = await this.repo.networkOf(documentId);
    // Queued with the document's id alone: its network, found here, names the rows the job may touch.
    const scope = where && !where.deleted ? jobScope(where.networkId) : null;
    const v = scope ? await this.repo.version(scope, documentId, version) : null;
    if (!where || !scope || !v) return;
    const result = await this.storage.withLocalFile(v.storageKey, (path) => extractText(path, v.kind as DocumentKind));
    const chunks = result.status === 'done' ? chunkText(result.text) : null;
    const status = result.status === 'done' && chunks?.length === 0 ? 'failed' : result.status;
    const reason = result.status === 'failed' ? result.reason : status === 'failed' ? 'Ingen text hittades i filen.' : null;
    const current = await this.events.staging(
      'document.changed',
      { networkId: where.networkId, documentId, change: 'extracted' },
      (within) => this.repo.setExtraction(scope, documentId, version, status, reason, chunks, within),
    );
    if (!current) return;
    if (status === 'failed') this.logger.log({ documentId, version, reason }, 'Document text could not be read');
  }
}
