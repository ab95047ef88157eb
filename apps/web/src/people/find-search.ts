// The state of /hitta-kollega?q=&kommun=&natverk=&flagga= (it lives in the address, so Back returns
// to the previous search) and the people search it sends. Small and without UI, so the route can
// start the first search while the page's code is still loading.
import { type Schemas, api, unwrap } from '../api/client';
import type { MessageKey } from '../shared/messages';
import type { HubRead } from '../shared/query';

type ApiFlag = keyof Schemas['FlagFacetsDto'];

export const FIND_PAGE_SIZE = 20;

/** The flags as they appear in the address (Swedish) and in the API. */
export const FLAGS: ReadonlyArray<{ param: string; api: ApiFlag; label: MessageKey }> = [
  { param: 'fraga-mig-om', api: 'askMe', label: 'expertise.askMe' },
  { param: 'mentor', api: 'mentor', label: 'expertise.mentor' },
  { param: 'vill-lara-mig', api: 'learning', label: 'expertise.learning' },
];

export interface FindState {
  q?: string;
  kommun?: string;
  natverk?: string;
  flagga?: string;
}

export function findPath(state: FindState): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'kommun', 'natverk', 'flagga'] as const) {
    const value = state[key]?.trim();
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `/hitta-kollega?${query}` : '/hitta-kollega';
}

/** The state from the address's query string; an unknown flag is left out. */
export function parseFind(search: string): Required<FindState> {
  const p = new URLSearchParams(search);
  const flag = p.get('flagga') ?? '';
  return {
    q: (p.get('q') ?? '').trim(),
    kommun: p.get('kommun') ?? '',
    natverk: p.get('natverk') ?? '',
    flagga: FLAGS.some((f) => f.param === flag) ? flag : '',
  };
}

/** A page of the search for `state`; `without` leaves one filter out (for that filter's facet counts). */
export function searchPeople(
  state: Required<FindState>,
  page: { limit?: number; offset?: number; without?: 'municipality' | 'network' | 'flag' } = {},
): Promise<Schemas['PeopleSearchResultDto']> {
  const { q, kommun, natverk, flagga } = state;
  const flag = FLAGS.find((f) => f.param === flagga)?.api;
  const { limit = FIND_PAGE_SIZE, offset, without } = page;
  return unwrap(
    api.GET('/api/v1/people/search', {
      params: {
        query: {
          limit,
          ...(offset ? { offset } : {}),
          ...(q ? { q } : {}),
          ...(kommun && without !== 'municipality' ? { municipality: kommun } : {}),
          ...(natverk && without !== 'network' ? { network: natverk } : {}),
          ...(flag && without !== 'flag' ? { flag: [flag] } : {}),
        },
      },
    }),
  );
}

/** The first page of results for `state`, as the page shows it first. */
export function findRead(state: Required<FindState>) {
  return { key: ['/api/v1/people/search', state], load: () => searchPeople(state) } satisfies HubRead<unknown>;
}
