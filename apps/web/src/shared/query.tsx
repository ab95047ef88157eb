// One query cache for what the pages read from the hub (TanStack Query). A query's key starts with
// the API path it reads ("/api/v1/networks/{id}/members") followed by what picks the answer (ids,
// filters). Realtime events make the queries they change stale in one place instead of
// each component reloading on its own (`live-queries.ts`); components keep their own handler only where the reload does
// more (announcing, debouncing, waiting for their own changes to finish).
import { type ReactNode, useCallback, useDeferredValue, useEffect, useMemo, useRef } from 'react';
import { QueryClient, QueryClientProvider, type QueryKey, keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { LIVE_TYPES, staleKeys } from './live-queries';
import { useHubEvents } from './realtime';
import { useAuth } from './auth';
import { clearEarly, readEarly } from './early';

export { type HubRead, prefetchHub, readEarly } from './early';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Kept only while something shows it, so a page opened again asks the hub afresh (as before
        // the cache); while shown, realtime events keep it current.
        gcTime: 0,
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
    },
  });
}

function LiveQueries(): null {
  const client = useQueryClient();
  useHubEvents(LIVE_TYPES, (event) => {
    for (const queryKey of staleKeys(event)) void client.invalidateQueries({ queryKey });
  });
  return null;
}

/**
 * The cache for the signed-in session: emptied when the person changes (signing in, out, or as
 * someone else). Inside `RealtimeProvider`. Learning who is signed in at the start changes nothing:
 * a public page's query already on its way keeps its answer. Queries shown at a change are read
 * again for the new person (a cleared query would cancel its fetch and leave the page loading).
 */
export function QueryProvider({ client, children }: { client: QueryClient; children: ReactNode }): ReactNode {
  const { session, status } = useAuth();
  const personId = status === 'ready' ? (session?.personId ?? null) : undefined;
  const cachedFor = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (personId === undefined) return;
    if (cachedFor.current !== undefined && cachedFor.current !== personId) {
      // Early reads were made with the same cookie as the first session answer; not after a change.
      clearEarly();
      void client.resetQueries();
    }
    cachedFor.current = personId;
  }, [client, personId]);
  return (
    <QueryClientProvider client={client}>
      <LiveQueries />
      {children}
    </QueryClientProvider>
  );
}

export interface HubQuery<T> {
  data: T | undefined;
  error: unknown;
  /** True until the answer for the current key is here (not while a shown answer is refetched). */
  loading: boolean;
  /** Refetch; an answer to an earlier request still on its way is dropped. */
  reload(): void;
  /** Show data a change answered with (newer than any refetch still on its way, which is dropped). */
  setData(data: T): void;
}

/**
 * Reads `load` under `key` (the API path, then what picks the answer). While the key changes, the
 * previous answer stays shown until the new one is here.
 */
export function useHubQuery<T>(key: QueryKey, load: () => Promise<T>): HubQuery<T> {
  const client = useQueryClient();
  const hash = JSON.stringify(key);
  const query = useQuery({ queryKey: key, queryFn: () => readEarly({ key, load }), placeholderData: keepPreviousData });
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stableKey = useMemo(() => key, [hash]);
  const { refetch } = query;
  const reload = useCallback(() => void refetch(), [refetch]);
  const setData = useCallback(
    (data: T) => {
      // The cancel reverts the fetch on its way at once (its answer is then dropped), so the data
      // set next shows in this very render: a checkbox or a reorder shows the change immediately.
      void client.cancelQueries({ queryKey: stableKey, exact: true });
      client.setQueryData(stableKey, data);
    },
    [client, stableKey],
  );
  // A section's first answer is drawn in a deferred render, which React splits into short slices
  // between which the browser stays responsive, instead of one long task as each answer lands on a
  // page load; until then it stays loading. Later answers (a reload, `setData`) show at once.
  const deferred = useDeferredValue(query.data);
  const data = deferred === undefined ? undefined : query.data;
  return {
    data,
    error: query.error,
    loading: query.isPending || query.isPlaceholderData || (data === undefined && query.data !== undefined),
    reload,
    setData,
  };
}
