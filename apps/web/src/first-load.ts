// The first load's requests, started by the page's small first script (`boot.ts`) as soon as it
// runs, while the app's code (React and the rest, ~85 kB compressed) is still on its way and before
// it is evaluated: the session check, and for the pages that open on the hub's data, the page's own
// code and the reads it shows first. The app takes the answers (`auth.tsx`, `readEarly` in `shared/early.ts`), so all of
// it arrives together instead of one round trip after the app has started.
import { findRead, parseFind } from './people/find-search';
import { FIND_COLLEAGUE_PATTERN, NETWORK_PATTERN, START_PATTERN, loadFindColleaguePage, loadNetworkPage, loadStartPage } from './pages';
import { type HubRead, prefetchHub, startSessionCheck } from './shared/early';
import { matchPath } from './shared/paths';
import { homeFeedRead, meRead, municipalitiesRead, myNetworksRead, networkRead } from './shared/reads';

/** The pages (their route patterns, shared with app.tsx) that start their code and first reads with the session check. */
const FIRST: Array<{ pattern: string; page(): Promise<unknown>; reads(params: Record<string, string>, search: string): Array<HubRead<unknown>> }> = [
  { pattern: START_PATTERN, page: loadStartPage, reads: () => [meRead, myNetworksRead, homeFeedRead] },
  { pattern: NETWORK_PATTERN, page: loadNetworkPage, reads: (p) => [networkRead(p.slug ?? '')] },
  { pattern: FIND_COLLEAGUE_PATTERN, page: loadFindColleaguePage, reads: (_, search) => [findRead(parseFind(search)), municipalitiesRead] },
];

/** Starts the first load's requests for the page at `path` (with its `search`). */
export function startFirstLoad(path: string, search: string): void {
  startSessionCheck();
  for (const route of FIRST) {
    const params = matchPath(route.pattern, path);
    if (!params) continue;
    // The app loads it again through the same import (the module is fetched once); a failure shows there.
    route.page().catch(() => undefined);
    for (const read of route.reads(params, search)) prefetchHub(read);
    break;
  }
}
