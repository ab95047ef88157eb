import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DomainError } from '@hub/core';
import { SsoFailed } from '../failure-page';

export const SCIM_ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';
export const SCIM_CONTENT_TYPE = 'application/scim+json; charset=utf-8';

export type ScimType =
  'invalidFilter' | 'invalidSyntax' | 'invalidValue' | 'invalidPath' | 'noTarget' | 'uniqueness' | 'mutability' | 'tooMany';

/** A SCIM failure (RFC 7644 §3.12); the detail is Swedish. */
export class ScimError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly scimType?: ScimType,
  ) {
    super(detail);
    this.name = 'ScimError';
  }
}

export interface ScimErrorBody {
  schemas: [typeof SCIM_ERROR_SCHEMA];
  status: string;
  scimType?: ScimType;
  detail: string;
}

/** Any error on a SCIM route as a SCIM error body: bad input is a 4xx, never a 5xx. */
export function scimErrorBody(error: unknown, logger: Logger): ScimErrorBody {
  let status = 500;
  let detail = 'Ett oväntat fel inträffade hos Nätverkshubben.';
  let scimType: ScimType | undefined;
  if (error instanceof ScimError) ({ status, detail, scimType } = error);
  else if (error instanceof DomainError) {
    const map: Partial<Record<DomainError['code'], number>> = { validation: 400, 'bad-request': 400, 'not-found': 404, conflict: 409 };
    status = map[error.code] ?? 400;
    detail = error.detail;
    if (error.code === 'conflict') scimType = 'uniqueness';
    if (error.code === 'validation') scimType = 'invalidValue';
  } else if (error instanceof HttpException) {
    status = error.getStatus();
    detail = status === 404 ? 'Resursen finns inte.' : 'Begäran kunde inte tolkas.';
    if (/JSON/i.test(error.message)) scimType = 'invalidSyntax';
  } else if (error instanceof SyntaxError || (error as { code?: string })?.code?.startsWith?.('FST_')) {
    const statusCode = (error as { statusCode?: number }).statusCode;
    status = statusCode && statusCode < 500 ? statusCode : 400;
    detail = status === 415 ? 'Skicka SCIM som application/scim+json eller application/json.' : 'Begärans innehåll är inte giltig JSON.';
    scimType = status === 400 ? 'invalidSyntax' : undefined;
  } else if (error instanceof SsoFailed) {
    status = 400;
  }
  if (status >= 500) logger.error({ err: error }, 'Unhandled SCIM error');
  return { schemas: [SCIM_ERROR_SCHEMA], status: String(status), ...(scimType ? { scimType } : {}), detail };
}

@Catch()
export class ScimExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Scim');

  catch(error: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = scimErrorBody(error, this.logger);
    void reply.status(Number(body.status)).header('Content-Type', SCIM_CONTENT_TYPE).send(body);
  }
}
