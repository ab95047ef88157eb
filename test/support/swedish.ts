import { PROBLEMS } from '@hub/core';

/** English words of framework and class-validator messages that have no place in a Swedish answer. */
export const ENGLISH =
  /\b(must|should|longer|shorter|characters?|valid|each|value|property|exist|string|number|array|elements?|less|greater|than|equal|date|conform|nested|object|contain|cannot|route|not found|error|invalid|unexpected|body|request)\b/i;

const TITLES = new Set<string>(Object.values(PROBLEMS).map((p) => p.title));

/**
 * What is wrong with an answer to bad input, or undefined when it is right: a 4xx
 * `application/problem+json` with a Swedish title and detail, and Swedish field errors.
 */
export function problemFault(res: { status: number; headers: Record<string, unknown>; text: string }): string | undefined {
  if (res.status < 400 || res.status >= 500) return `status ${res.status}: ${res.text.slice(0, 300)}`;
  if (!String(res.headers['content-type']).startsWith('application/problem+json')) {
    return `${res.status} as ${String(res.headers['content-type'])}: ${res.text.slice(0, 200)}`;
  }
  let body: { title?: unknown; detail?: unknown; errors?: Array<{ message?: unknown }> };
  try {
    body = JSON.parse(res.text) as typeof body;
  } catch {
    return `${res.status} with a body that is not JSON`;
  }
  if (typeof body.title !== 'string' || !TITLES.has(body.title)) return `title ${JSON.stringify(body.title)}`;
  if (typeof body.detail !== 'string' || body.detail === '' || ENGLISH.test(body.detail)) return `detail ${JSON.stringify(body.detail)}`;
  for (const e of body.errors ?? []) {
    if (typeof e.message !== 'string' || ENGLISH.test(e.message)) return `field error ${JSON.stringify(e)}`;
  }
  return undefined;
}
