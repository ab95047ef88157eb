// The one way the web app talks to the hub: openapi-fetch over the generated OpenAPI types.
import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type Role = Schemas['SessionInfoDto']['role'];

export type FieldError = Schemas['FieldErrorDto'];

/**
 * RFC 9457 problem body as the hub sends it (in Swedish): the generated `ProblemDto`, plus two
 * codes of our own for answers that never reached the hub (`network`) or were not a problem body.
 */
export type Problem = Omit<Schemas['ProblemDto'], 'code'> & { code: Schemas['ProblemDto']['code'] | 'network' | 'unknown' };

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
    this.name = 'ApiError';
  }
  /** Field errors for one field (the hub uses dotted paths for nested fields). */
  fieldError(field: string): string | undefined {
    return this.problem.errors?.find((e) => e.field === field)?.message;
  }
}

function isProblem(value: unknown): value is Schemas['ProblemDto'] {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.status === 'number' && typeof v.title === 'string';
}

export function toApiError(value: unknown, status = 0): ApiError {
  if (value instanceof ApiError) return value;
  // The body is typed as ProblemDto now, but a proxy in between may still answer with HTML: check it.
  if (isProblem(value)) return new ApiError({ ...value, detail: typeof value.detail === 'string' ? value.detail : value.title, code: value.code ?? 'unknown' });
  // Network failure or a body that is not a problem: the UI shows its own translated text for `network`.
  return new ApiError({ type: 'about:blank', title: '', status, detail: '', code: status ? 'unknown' : 'network' });
}

/** True for the hub's 503 "unavailable" problem (search is down; everything else works). */
export function isUnavailable(error: unknown): error is ApiError {
  return error instanceof ApiError && error.problem.code === 'unavailable';
}

let csrfToken = '';
/** Set after sign-in / session check; sent as X-CSRF-Token on state-changing requests. */
export function setCsrfToken(token: string): void {
  csrfToken = token;
}
export function getCsrfToken(): string {
  return csrfToken;
}

let unauthenticatedListener: (() => void) | null = null;
/** Called when an API request answers 401 (the session ended elsewhere). */
export function onUnauthenticated(listener: (() => void) | null): void {
  unauthenticatedListener = listener;
}

const STATE_CHANGING = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

const csrfMiddleware: Middleware = {
  onRequest({ request }) {
    if (STATE_CHANGING.has(request.method.toUpperCase()) && csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && !new URL(request.url).pathname.startsWith('/api/v1/auth/')) unauthenticatedListener?.();
    return response;
  },
};

export const api = createClient<paths>({ baseUrl: globalThis.location?.origin ?? '', credentials: 'same-origin' });
api.use(csrfMiddleware);

/** Returns the data of a successful call, or throws an ApiError carrying the (typed) problem body. */
export async function unwrap<T, E>(pending: Promise<{ data?: T; error?: E; response: Response }>): Promise<T> {
  let result: { data?: T; error?: E; response: Response };
  try {
    result = await pending;
  } catch (err) {
    throw toApiError(err);
  }
  if (!result.response.ok) throw toApiError(result.error, result.response.status);
  // A 204 has no body: data is undefined, which is what T says for those operations.
  return result.data as T;
}

export type ImportResult = Schemas['ImportResultDto'];

export interface UploadOptions {
  /** Bytes sent so far and the total of the request body. */
  onProgress?(sent: number, total: number): void;
  /** Aborting stops the upload; the promise then rejects with an error for which isAborted() is true. */
  signal?: AbortSignal;
}

const ABORTED = 'aborted';

/** True when the upload was stopped through its AbortSignal (not a failure to show). */
export function isAborted(error: unknown): boolean {
  return error instanceof ApiError && error.problem.title === ABORTED && error.problem.status === 0;
}

/**
 * Posts multipart form data with XMLHttpRequest, because fetch reports no upload progress. Same
 * origin, the session cookie and the CSRF header as the openapi-fetch client; a problem answer is
 * thrown as an ApiError like `unwrap()` does. The caller types the answer from the generated schema.
 */
export function postMultipart<T>(path: string, form: FormData, options: UploadOptions = {}): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.withCredentials = true;
    if (csrfToken) xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.responseType = 'json';
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded, event.total);
    });
    xhr.addEventListener('load', () => {
      const body: unknown = xhr.response;
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else {
        if (xhr.status === 401) unauthenticatedListener?.();
        reject(toApiError(body, xhr.status));
      }
    });
    xhr.addEventListener('error', () => reject(toApiError(null)));
    const aborted = (): ApiError => new ApiError({ type: 'about:blank', title: ABORTED, status: 0, detail: '', code: 'network' });
    xhr.addEventListener('abort', () => reject(aborted()));
    if (options.signal?.aborted) {
      reject(aborted());
      return;
    }
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

/** Uploads the people CSV so the upload progress can be shown (the answer is an ImportResultDto). */
export function uploadPeopleCsv(file: File, onProgress: (sent: number, total: number) => void): Promise<ImportResult> {
  const form = new FormData();
  form.append('file', file, file.name);
  return postMultipart<ImportResult>('/api/v1/admin/people/import', form, { onProgress });
}
