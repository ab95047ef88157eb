// Answers started before their page is drawn (the first load's session check and reads,
// `src/first-load.ts`), taken once by the app: the session by `auth.tsx`, the reads by the page's
// query (`useHubQuery`, `query.tsx`). Without React or the query library, so the page's small first
// script (`boot.ts`) can start them while the app's code is still on its way.
import type { QueryKey } from '@tanstack/react-query';
import { type Schemas, api, unwrap } from '../api/client';

export type Session = Schemas['SessionInfoDto'];

export function checkSession(): Promise<Session> {
  return unwrap(api.GET('/api/v1/auth/session'));
}

let firstCheck: Promise<Session> | null = null;

/** Starts the first load's session check. */
export function startSessionCheck(): void {
  firstCheck = checkSession();
  // A failure is the app's to handle when it takes the answer.
  firstCheck.catch(() => undefined);
}

/** The session check the first load started (taken once), or null. */
export function takeFirstSessionCheck(): Promise<Session> | null {
  const check = firstCheck;
  firstCheck = null;
  return check;
}

/** A read of the hub: its query key (the API path, then what picks the answer) and how to load it. */
export interface HubRead<T> {
  key: QueryKey;
  load(): Promise<T>;
}

/** Answers started before their page was drawn, by key hash; a page's query takes its answer once. */
const early = new Map<string, { at: number; answer: Promise<unknown> }>();
/** An early answer older than this is not used: the page asks afresh. */
const EARLY_MS = 10_000;

/**
 * Starts a page's first reads on the first load, while its code and the session check are still on
 * their way (one round trip instead of three in a row); the page's query then takes the answer.
 */
export function prefetchHub(read: HubRead<unknown>): void {
  const hash = JSON.stringify(read.key);
  if (early.has(hash)) return;
  const answer = read.load();
  // A failure is the page's to show when its query takes the answer.
  answer.catch(() => undefined);
  early.set(hash, { at: Date.now(), answer });
}

/** The early answer for `read` (taken once) when there is one and it is recent; otherwise loads it now. */
export function readEarly<T>(read: HubRead<T>): Promise<T> {
  const hash = JSON.stringify(read.key);
  const found = early.get(hash);
  early.delete(hash);
  return found && Date.now() - found.at < EARLY_MS ? (found.answer as Promise<T>) : read.load();
}

/** Forgets the early answers (the person signed in changed: they were asked for with the old cookie). */
export function clearEarly(): void {
  early.clear();
}
