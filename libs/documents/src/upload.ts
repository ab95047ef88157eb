import type { Readable } from 'node:stream';
import type { FastifyRequest } from 'fastify';
import { DomainError, fieldName, hasForbiddenCharacter, validation } from '@hub/core';
import type { DocumentStorage, Received } from './storage';

interface FilePart {
  type: 'file';
  fieldname: string;
  filename: string;
  file: Readable & { truncated?: boolean };
}
interface FieldPart {
  type: 'field';
  fieldname: string;
  value: unknown;
}

export type MultipartRequest = FastifyRequest & {
  isMultipart(): boolean;
  parts(options?: {
    limits?: { fileSize?: number; files?: number; fields?: number; fieldSize?: number; parts?: number };
  }): AsyncIterableIterator<FilePart | FieldPart>;
};

export interface ReceivedUpload {
  file: Received;
  fileName: string;
  fields: Record<string, string>;
}

const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

export function tooLarge(maxBytes: number): DomainError {
  return new DomainError('payload-too-large', `Filen är större än ${megabytes(maxBytes)}, som är största tillåtna storlek.`);
}

/**
 * Streams the multipart field `file` into storage's temporary area (never whole in memory) and
 * collects the small text fields around it. Whatever goes wrong, no temporary file is left.
 */
export async function receiveUpload(request: MultipartRequest, storage: DocumentStorage, maxBytes: number): Promise<ReceivedUpload> {
  if (!request.isMultipart()) {
    throw new DomainError('unsupported-media-type', 'Skicka filen som multipart/form-data i fältet "file".');
  }
  const fields: Record<string, string> = {};
  let received: { file: Received; fileName: string } | undefined;
  try {
    for await (const part of request.parts({ limits: { fileSize: maxBytes + 1, files: 1, fields: 10, fieldSize: 4096, parts: 12 } })) {
      // The form's text fields reach PostgreSQL: refused here like NUL in a JSON body. (A file
      // name is cleaned instead, control characters and path parts dropped: see cleanFileName.)
      if (hasForbiddenCharacter([part.fieldname, part.type === 'field' ? part.value : ''])) {
        throw new DomainError('validation', 'Formuläret innehåller ett otillåtet tecken (NUL eller ett ensamt surrogattecken).', {
          errors: [{ field: part.fieldname, message: `${fieldName(part.fieldname)} innehåller ett tecken som inte kan sparas.` }],
        });
      }
      if (part.type === 'field') {
        if (typeof part.value === 'string') fields[part.fieldname] = part.value;
        continue;
      }
      if (part.fieldname !== 'file' || received) {
        part.file.resume();
        continue;
      }
      const file = await storage.receive(part.file, maxBytes);
      received = { file, fileName: part.filename };
      if (file.truncated || part.file.truncated) throw tooLarge(maxBytes);
    }
  } catch (err) {
    if (received) await storage.discard(received.file);
    if (err instanceof DomainError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(maxBytes);
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
      throw new DomainError('bad-request', 'Skicka en fil per begäran.');
    }
    if (code?.startsWith('FST_')) throw new DomainError('bad-request', 'Uppladdningen kunde inte läsas; försök igen.');
    throw err;
  }
  if (!received) throw validation([{ field: 'file', message: 'Bifoga filen i fältet "file".' }]);
  return { ...received, fields };
}
