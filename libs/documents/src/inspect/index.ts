export { chunkText } from './chunk-text';
export { extractText } from './extract-text';
export { cleanFileName, contentDisposition } from './file-name';
export {
  type Accepted,
  ALLOWED_EXTENSIONS,
  ALLOWED_TYPES_TEXT,
  type DocumentKind,
  type Extraction,
  type Refused,
  type RefusalReason,
} from './file-types';
export { inspectFile } from './inspect-file';
