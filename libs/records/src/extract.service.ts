import { Injectable, Logger } from '@nestjs/common';
import { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import { type Actor, DomainEvents, notFound } from '@hub/core';
import { DocumentsService } from '@hub/documents';
import { extractHtml } from './extract-html';
import { ExtractRepository } from './extract.repository';

export interface Extract {
  fileName: string;
  stream: Readable;
}

/** Letters, digits, dot, dash and underscore: a file name that is safe in any zip tool. */
const safeName = (name: string): string =>
  name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .slice(0, 120);

/**
 * The register extract (GDPR art. 15 and 20): a zip streamed as it is written (yazl), holding
 * `person.json`, `content.json`, `index.html` and the bytes of every document version the person
 * uploaded, read from storage one at a time while the zip is sent.
 */
@Injectable()
export class ExtractService {
  private readonly logger = new Logger('ExtractService');

  constructor(
    private readonly repo: ExtractRepository,
    private readonly documents: DocumentsService,
    private readonly events: DomainEvents,
  ) {}

  async extract(actor: Actor, personId: string): Promise<Extract> {
    const data = await this.repo.load(personId.toLowerCase());
    if (!data) throw notFound('Personen finns inte.');
    const madeAt = new Date();
    const files = data.content.documents.map((d, i) => ({
      ...d,
      path: `dokument/${String(i + 1).padStart(3, '0')}-v${d.version}-${safeName(d.fileName)}`,
    }));
    const content = { ...data.content, documents: files };
    const zip = new ZipFile();
    const json = (value: unknown): Buffer => Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
    zip.addBuffer(
      json({ format: 'natverkshubben-registerutdrag', version: 1, madeAt: madeAt.toISOString(), ...data.person }),
      'person.json',
    );
    zip.addBuffer(json({ format: 'natverkshubben-registerutdrag', version: 1, madeAt: madeAt.toISOString(), ...content }), 'content.json');
    zip.addBuffer(Buffer.from(extractHtml({ person: data.person, content }, madeAt), 'utf8'), 'index.html');
    for (const file of files) {
      zip.addReadStreamLazy(file.path, (done) => {
        const missing = (): Readable => Readable.from([Buffer.from('Filens innehåll kunde inte läsas ur lagringen.\n', 'utf8')]);
        this.documents.openVersionForExtract(file.id, file.version).then(
          (stream) => done(null, stream ?? missing()),
          (err: unknown) => {
            this.logger.error(
              { err: err instanceof Error ? err.message : String(err), documentId: file.id },
              'Extract: document bytes unreadable',
            );
            done(null, missing());
          },
        );
      });
    }
    zip.end();
    await this.events.record('audit', {
      action: 'person.exported',
      actorId: actor.personId,
      subjectId: personId.toLowerCase(),
      detail: { self: actor.personId === personId.toLowerCase(), documents: files.length },
    });
    const stream = Readable.from(zip.outputStream as AsyncIterable<Buffer>);
    return { fileName: `registerutdrag-${madeAt.toISOString().slice(0, 10)}.zip`, stream };
  }
}
