import { HttpStatus } from '@nestjs/common';

/** Problem codes the API answers with; each maps to one HTTP status and a Swedish title. */
export const PROBLEMS = {
  'bad-request': { status: HttpStatus.BAD_REQUEST, title: 'Felaktig begäran' },
  validation: { status: HttpStatus.BAD_REQUEST, title: 'Uppgifterna kunde inte godtas' },
  'malformed-json': { status: HttpStatus.BAD_REQUEST, title: 'Ogiltig JSON' },
  unauthenticated: { status: HttpStatus.UNAUTHORIZED, title: 'Du behöver logga in' },
  'invalid-credentials': { status: HttpStatus.UNAUTHORIZED, title: 'Fel e-postadress eller lösenord' },
  csrf: { status: HttpStatus.FORBIDDEN, title: 'Begäran saknar giltig CSRF-token' },
  forbidden: { status: HttpStatus.FORBIDDEN, title: 'Du har inte behörighet' },
  'not-found': { status: HttpStatus.NOT_FOUND, title: 'Hittades inte' },
  conflict: { status: HttpStatus.CONFLICT, title: 'Konflikt' },
  'payload-too-large': { status: HttpStatus.PAYLOAD_TOO_LARGE, title: 'För stor begäran' },
  'unsupported-media-type': { status: HttpStatus.UNSUPPORTED_MEDIA_TYPE, title: 'Formatet stöds inte' },
  'file-refused': { status: HttpStatus.UNPROCESSABLE_ENTITY, title: 'Filen kunde inte tas emot' },
  'quota-exceeded': { status: HttpStatus.PAYLOAD_TOO_LARGE, title: 'Nätverkets lagringsutrymme räcker inte' },
  'too-many-requests': { status: HttpStatus.TOO_MANY_REQUESTS, title: 'För många försök' },
  'method-not-allowed': { status: HttpStatus.METHOD_NOT_ALLOWED, title: 'Metoden stöds inte' },
  internal: { status: HttpStatus.INTERNAL_SERVER_ERROR, title: 'Något gick fel hos oss' },
  unavailable: { status: HttpStatus.SERVICE_UNAVAILABLE, title: 'Tjänsten är inte redo' },
} as const;

export type ProblemCode = keyof typeof PROBLEMS;

export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** A domain failure with a stable code; the global filter turns it into application/problem+json. */
export class DomainError extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    readonly extra: { readonly errors?: readonly FieldError[]; readonly retryAfterSeconds?: number } = {},
  ) {
    super(detail);
    this.name = 'DomainError';
  }
}

export const notFound = (what = 'Det du söker finns inte eller är inte synligt för dig.'): DomainError =>
  new DomainError('not-found', what);
/**
 * Runs the lookup of what a thing belongs to (its post, its conversation, its network) so that
 * any "not found" on the way reads as the thing's own: a comment in a post the actor may not see
 * answers exactly as a comment that does not exist.
 */
export async function asNotFound<T>(lookup: Promise<T>, gone: string): Promise<T> {
  try {
    return await lookup;
  } catch (err) {
    if (err instanceof DomainError && err.code === 'not-found') throw notFound(gone);
    throw err;
  }
}
export const forbidden = (detail = 'Din roll tillåter inte den här åtgärden.'): DomainError => new DomainError('forbidden', detail);
export const validation = (errors: readonly FieldError[], detail = 'Kontrollera de markerade fälten.'): DomainError =>
  new DomainError('validation', detail, { errors });
