import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type FieldError, PROBLEMS, type ProblemCode } from './errors';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  code: ProblemCode;
  errors?: readonly FieldError[];
  errorId?: string;
}

const STATUS_TO_CODE: Record<number, ProblemCode> = {
  400: 'bad-request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  413: 'payload-too-large',
  415: 'unsupported-media-type',
  429: 'too-many-requests',
  503: 'unavailable',
};

const DEFAULT_DETAIL: Partial<Record<ProblemCode, string>> = {
  'not-found': 'Det du söker finns inte eller är inte synligt för dig.',
  'payload-too-large': 'Begäran är större än vad hubben tar emot.',
  'unsupported-media-type': 'Skicka uppgifterna som application/json.',
  'malformed-json': 'Begärans innehåll är inte giltig JSON.',
  internal: 'Ett oväntat fel inträffade. Försök igen om en stund; kvarstår felet, ange fel-id till sekretariatet.',
  unauthenticated: 'Logga in och försök igen.',
};

interface FastifyLikeError {
  statusCode?: number;
  code?: string;
  message?: string;
}

function isFastifyError(error: unknown): error is FastifyLikeError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as FastifyLikeError).code === 'string' &&
    String((error as FastifyLikeError).code).startsWith('FST_')
  );
}

/** Swedish details for Fastify's own refusals (they come before any route runs). */
const FASTIFY_DETAIL: Record<string, string> = {
  FST_ERR_BAD_URL: 'Adressen är felaktigt kodad (procentkodningen går inte att läsa).',
  FST_ERR_MAX_PARAM_LENGTH: 'En del av adressen är för lång.',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Skicka uppgifterna som application/json.',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'Begärans längd stämmer inte med dess innehåll.',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'Skicka filen som multipart/form-data.',
};

/**
 * @fastify/busboy (under @fastify/multipart) reports a broken form with a plain Error: these are
 * its messages for a form that ends early (whole or within a part) or lacks its boundary.
 */
const MALFORMED_MULTIPART = /^(Unexpected end of multipart data|(Part|Preamble) terminated early due to unexpected end of multipart data|Multipart: Boundary not found)$/;

/**
 * PostgreSQL's data exceptions that only a value from outside can cause: a number past its
 * column's range, a date it cannot hold, text it cannot store. Validation should stop them first;
 * this keeps a missed one a 400 rather than a 500.
 */
const DATA_EXCEPTIONS = new Set(['22001', '22003', '22007', '22008', '22021', '22P05', '54001']);

function driverCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { driverError?: { code?: string }; code?: string };
  return e.driverError?.code ?? e.code;
}

function isUniqueViolation(error: unknown): boolean {
  return driverCode(error) === '23505';
}

/** Turns any thrown error into an RFC 9457 problem body. */
export interface RequestLog {
  error(object: object, message: string): void;
}

export function toProblem(
  error: unknown,
  instance: string | undefined,
  logger: Logger,
  requestLog?: RequestLog,
): { body: ProblemBody; retryAfter?: number } {
  let code: ProblemCode = 'internal';
  let detail: string | undefined;
  let errors: readonly FieldError[] | undefined;
  let retryAfter: number | undefined;
  if (error instanceof DomainError) {
    code = error.code;
    detail = error.detail;
    errors = error.extra.errors;
    retryAfter = error.extra.retryAfterSeconds;
  } else if (isUniqueViolation(error)) {
    // Two requests raced to create the same thing; the loser gets the conflict, not a 500.
    code = 'conflict';
    detail = 'Det finns redan en uppgift med samma värde (till exempel samma e-postadress eller namn).';
  } else if (DATA_EXCEPTIONS.has(driverCode(error) ?? '')) {
    code = 'bad-request';
    detail = 'Ett värde i begäran ligger utanför det som kan sparas (till exempel ett för stort tal eller ett datum som inte finns).';
  } else if (error instanceof Error && MALFORMED_MULTIPART.test(error.message)) {
    code = 'bad-request';
    detail = 'Uppladdningen kunde inte läsas: formuläret är ofullständigt eller felaktigt. Försök igen.';
  } else if (isFastifyError(error)) {
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') code = 'malformed-json';
    else code = STATUS_TO_CODE[error.statusCode ?? 500] ?? (error.statusCode && error.statusCode < 500 ? 'bad-request' : 'internal');
    detail = FASTIFY_DETAIL[error.code ?? ''];
  } else if (error instanceof SyntaxError || (error as { code?: string })?.code === 'FST_ERR_CTP_INVALID_JSON_BODY') {
    code = 'malformed-json';
  } else if (error instanceof HttpException) {
    code = STATUS_TO_CODE[error.getStatus()] ?? (error.getStatus() < 500 ? 'bad-request' : 'internal');
    // Nest wraps Fastify's body-parser errors in an HttpException that keeps only the message.
    if (code === 'bad-request' && /not valid JSON|JSON/i.test(error.message)) code = 'malformed-json';
  }
  const { status, title } = PROBLEMS[code];
  const body: ProblemBody = {
    type: `/problems/${code}`,
    title,
    status,
    detail: detail ?? DEFAULT_DETAIL[code] ?? title,
    code,
  };
  if (instance) body.instance = instance;
  if (errors) body.errors = errors;
  if (status >= 500) {
    body.errorId = randomUUID();
    // The request's own logger (pino-http) when there is one: the line then carries the request id.
    if (requestLog) requestLog.error({ err: error, errorId: body.errorId }, 'Unhandled error');
    else logger.error({ err: error, errorId: body.errorId }, 'Unhandled error');
  }
  return { body, retryAfter };
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest | undefined, error: unknown, logger: Logger): void {
  const instance = request?.url?.split('?')[0];
  // pino-http keeps the request's child loggers in `allLogs` (its `log` is a lazy stand-in).
  const raw = request?.raw as { log?: RequestLog; allLogs?: RequestLog[] } | undefined;
  const requestLog = raw?.allLogs?.[raw.allLogs.length - 1] ?? raw?.log;
  const { body, retryAfter } = toProblem(error, instance, logger, requestLog);
  if (retryAfter !== undefined) void reply.header('Retry-After', String(retryAfter));
  void reply.status(body.status).header('Content-Type', 'application/problem+json; charset=utf-8').send(body);
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw error;
    const http = host.switchToHttp();
    sendProblem(http.getResponse<FastifyReply>(), http.getRequest<FastifyRequest>(), error, this.logger);
  }
}
