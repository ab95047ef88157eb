import { type Schemas, api, unwrap } from './api/client';

export type PersonSummary = Schemas['PersonSummaryDto'];

/** Everyone in one municipality, or everyone (all pages) when municipality is ''. */
export async function loadAllPeople(municipality: string): Promise<PersonSummary[]> {
  const people: PersonSummary[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 50; page++) {
    const result = await unwrap(api.GET('/api/v1/people', { params: { query: { limit: 100, ...(municipality ? { municipality } : {}), ...(cursor ? { cursor } : {}) } } }));
    people.push(...result.items);
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return people;
}

