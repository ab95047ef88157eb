import { useEffect, useRef, useState } from 'react';
import { type Schemas, api, unwrap } from '../api/client';

export type PersonSummary = Schemas['PersonSummaryDto'];

/** What a list of people asks `GET /api/v1/people` for, besides the page. */
export interface PeopleFilters {
  limit: number;
  name?: string;
  municipality?: string;
  network?: string;
  includeDisabled?: 'true';
}

export interface PeopleList {
  items: PersonSummary[];
  /** Changes the shown rows after an action (disabling), without asking the hub again. */
  setItems(update: (items: PersonSummary[]) => PersonSummary[]): void;
  /** True when the hub has more after the shown rows. */
  hasMore: boolean;
  loading: boolean;
  error: unknown;
  /** Appends the next page. */
  more(): void;
}

/**
 * The people directory's keyset pages for `filters` (empty values are left out). New filters start
 * from the first page, with the old rows gone; a new `reload` reads the first page again. Filters
 * change as one types, so only the answer to the latest request is shown.
 */
export function usePeopleList(filters: PeopleFilters, reload = 0): PeopleList {
  const [items, setItems] = useState<PersonSummary[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const request = useRef(0);
  const query = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined && v !== '')) as PeopleFilters;
  const key = JSON.stringify(query);
  const shownKey = useRef(key);

  const load = async (cursor: string | null): Promise<void> => {
    const mine = ++request.current;
    setLoading(true);
    setError(null);
    try {
      const page = await unwrap(api.GET('/api/v1/people', { params: { query: { ...query, ...(cursor ? { cursor } : {}) } } }));
      if (mine !== request.current) return;
      setItems((prev) => (cursor ? [...prev, ...page.items] : page.items));
      setNextCursor(page.nextCursor);
    } catch (err) {
      if (mine === request.current) setError(err);
    } finally {
      if (mine === request.current) setLoading(false);
    }
  };

  useEffect(() => {
    if (shownKey.current !== key) {
      shownKey.current = key;
      setItems([]);
      setNextCursor(null);
    }
    void load(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, reload]);

  return { items, setItems, hasMore: nextCursor !== null, loading, error, more: () => void load(nextCursor) };
}
