// Reads of the hub that several pages show, or that a route starts before its page is drawn
// (`prefetchHub`): one key and one request each, so the cache and the early answers match.
import { api, unwrap } from '../api/client';
import type { HubRead } from './query';

export const meRead = {
  key: ['/api/v1/me'],
  load: () => unwrap(api.GET('/api/v1/me')),
} satisfies HubRead<unknown>;

export const myNetworksRead = {
  key: ['/api/v1/networks', 'mine'],
  load: () => unwrap(api.GET('/api/v1/networks', { params: { query: { scope: 'mine' } } })),
} satisfies HubRead<unknown>;

/** "Senaste i dina nätverk" on the start page: the ten newest posts of my networks. */
export const homeFeedRead = {
  key: ['/api/v1/feed', 10],
  load: () => unwrap(api.GET('/api/v1/feed', { params: { query: { limit: 10 } } })),
} satisfies HubRead<unknown>;

export const municipalitiesRead = {
  key: ['/api/v1/municipalities'],
  load: () => unwrap(api.GET('/api/v1/municipalities')),
} satisfies HubRead<unknown>;

/** One network by its slug (or id), as its page and its library show it. */
export function networkRead(slug: string) {
  return {
    key: ['/api/v1/networks/{id}', slug],
    load: () => unwrap(api.GET('/api/v1/networks/{id}', { params: { path: { id: slug } } })),
  } satisfies HubRead<unknown>;
}
