import { Injectable } from '@nestjs/common';
import { AccessService, isUuid } from '@hub/access';
import { type Actor, DomainError, validation } from '@hub/core';
import { MeiliClient, MeiliUnavailableError } from './meili.client';
import type {
  DocumentChunkDocument,
  MeetingDocument,
  MessageDocument,
  NetworkDocument,
  PersonDocument,
  PostDocument,
} from './search-indexer';
import type {
  FacetValueDto,
  NetworkHitDto,
  PeopleSearchQueryDto,
  PeopleSearchResultDto,
  PersonHitDto,
  DocumentHitDto,
  MeetingHitDto,
  MessageHitDto,
  PostHitDto,
  SearchQueryDto,
  SearchResultDto,
  SuggestResultDto,
} from './search.dto';
import { SearchRepository, type ViewerScope } from './search.repository';

const PRE = '\u0002';
const POST = '\u0003';

/** Escapes the text, then turns Meilisearch's match markers into <mark>: highlights are safe HTML. */
export function safeHighlight(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .split(PRE)
    .join('<mark>')
    .split(POST)
    .join('</mark>');
}

const quote = (id: string): string => {
  // Filter values come only from internal ids; anything else is a bug, not input.
  if (!isUuid(id)) throw new Error(`not an id: ${id}`);
  return `"${id}"`;
};
interface Found<T> {
  hits: T[];
  total: number;
}
const NONE: Found<never> = { hits: [], total: 0 };

const anyOf = (field: string, ids: readonly string[]): string => `${field} IN [${ids.map(quote).join(', ')}]`;

/**
 * Search over what the asker may see. The access filter is built on every query from the asker's
 * current memberships in PostgreSQL, and hits are re-read from PostgreSQL before they are shown.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly meili: MeiliClient,
    private readonly repo: SearchRepository,
    private readonly access: AccessService,
  ) {}

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if (err instanceof MeiliUnavailableError) {
        throw new DomainError(
          'unavailable',
          'Sökningen är inte tillgänglig just nu. Försök igen om en stund; allt annat fungerar som vanligt.',
        );
      }
      throw err;
    }
  }

  /** Which people documents the asker may find at all. Null: none. */
  private peopleScopeFilter(scope: ViewerScope): string | null | undefined {
    if (scope.role !== 'guest') return undefined;
    return scope.networkIds.length > 0 ? anyOf('networkIds', scope.networkIds) : null;
  }

  private networkScopeFilter(scope: ViewerScope): string | null {
    if (scope.role === 'admin') return 'archived = false';
    if (scope.role === 'guest') return scope.networkIds.length > 0 ? `archived = false AND ${anyOf('id', scope.networkIds)}` : null;
    return `archived = false AND (visibility IN [open, closed]${scope.networkIds.length > 0 ? ` OR ${anyOf('id', scope.networkIds)}` : ''})`;
  }

  private async hydratePeople(
    hits: Array<PersonDocument & { _formatted?: Partial<Record<keyof PersonDocument, unknown>> }>,
    actor: Actor,
  ): Promise<PersonHitDto[]> {
    const ids = hits.map((h) => h.id);
    let rows = await this.repo.people(ids);
    if (actor.role === 'guest') {
      // Re-checked against current memberships: a guest never sees someone they stopped sharing a network with.
      const shared = await this.repo.sharingWith(ids, actor.personId);
      rows = rows.filter((r) => shared.has(r.id) || r.id === actor.personId);
    }
    const byId = new Map(rows.map((r) => [r.id, r]));
    return hits.flatMap((hit) => {
      const row = byId.get(hit.id);
      if (!row) return []; // disabled or deleted since it was indexed
      const formatted = hit._formatted ?? {};
      const expertise = Array.isArray(formatted.expertise) ? (formatted.expertise as string[]) : [];
      const title = typeof formatted.title === 'string' ? formatted.title : '';
      return [
        {
          id: row.id,
          name: row.name,
          title: row.title,
          external: row.role === 'guest',
          municipality: row.municipalityId
            ? { id: row.municipalityId, slug: row.municipalitySlug ?? '', name: row.municipality ?? '' }
            : null,
          organisation: row.organisation,
          expertise: row.expertise,
          highlights: {
            expertise: expertise.filter((e) => e.includes(PRE)).map(safeHighlight),
            title: title.includes(PRE) ? safeHighlight(title) : null,
          },
        },
      ];
    });
  }

  async people(actor: Actor, query: PeopleSearchQueryDto): Promise<PeopleSearchResultDto> {
    const scope = await this.repo.scope(actor.personId, actor.role);
    const base = this.peopleScopeFilter(scope);
    const q = (query.q ?? '').trim();
    const empty: PeopleSearchResultDto = {
      query: q,
      total: 0,
      hits: [],
      facets: { municipalities: [], networks: [], flags: { askMe: 0, mentor: 0, learning: 0 } },
    };
    if (base === null) return empty;
    // Filter groups; each facet is counted without its own group (disjunctive facets), so the
    // other municipalities, networks and flags still show how many they would give.
    const groups: Partial<Record<'municipalityId' | 'networkIds' | 'flags', string>> = {};
    const municipalities = await this.repo.municipalities();
    if (query.municipality) {
      const m = municipalities.find((x) => x.id === query.municipality || x.slug === query.municipality);
      if (!m) throw validation([{ field: 'municipality', message: `Okänd kommun: "${query.municipality}".` }]);
      groups.municipalityId = `municipalityId = ${quote(m.id)}`;
    }
    if (query.network) {
      const facts = await this.access.requireNetwork(actor, 'network.members.read', query.network);
      groups.networkIds = `networkIds = ${quote(facts.id)}`;
    }
    if (query.flag && query.flag.length > 0) groups.flags = `flags IN [${[...new Set(query.flag)].join(', ')}]`;
    const without = (skip: string | null): string[] => [
      ...(base ? [base] : []),
      ...Object.entries(groups)
        .filter(([k]) => k !== skip)
        .map(([, v]) => v),
    ];
    const FACETS = ['municipalityId', 'networkIds', 'flags'] as const;
    const active = FACETS.filter((f) => groups[f] !== undefined);
    return this.guard(async () => {
      const [res, ...others] = await this.meili.multiSearch<PersonDocument>(this.meili.index('people'), [
        {
          q,
          filter: without(null),
          facets: FACETS.filter((f) => groups[f] === undefined),
          limit: query.limit ?? 20,
          offset: query.offset ?? 0,
          attributesToRetrieve: ['id'],
          attributesToHighlight: ['expertise', 'title'],
          highlightPreTag: PRE,
          highlightPostTag: POST,
        },
        ...active.map((f) => ({ q, filter: without(f), facets: [f], limit: 0 })),
      ]);
      if (!res) return empty;
      const facet: Record<string, Record<string, number>> = { ...(res.facetDistribution ?? {}) };
      active.forEach((f, i) => (facet[f] = others[i]?.facetDistribution?.[f] ?? {}));
      const networkCounts = facet['networkIds'] ?? {};
      const visibleNetworks = await this.repo.visibleInside(Object.keys(networkCounts), scope);
      const municipalityFacet: FacetValueDto[] = municipalities
        .filter((m) => facet['municipalityId']?.[m.id])
        .map((m) => ({ ...m, count: facet['municipalityId']![m.id]! }));
      return {
        query: q,
        total: res.estimatedTotalHits ?? res.hits.length,
        hits: await this.hydratePeople(res.hits, actor),
        facets: {
          municipalities: municipalityFacet,
          networks: visibleNetworks.map((n) => ({ ...n, count: networkCounts[n.id]! })),
          flags: {
            askMe: facet['flags']?.['askMe'] ?? 0,
            mentor: facet['flags']?.['mentor'] ?? 0,
            learning: facet['flags']?.['learning'] ?? 0,
          },
        },
      };
    });
  }

  private async networkHits(scope: ViewerScope, actor: Actor, q: string, limit: number): Promise<Found<NetworkHitDto>> {
    const filter = this.networkScopeFilter(scope);
    if (filter === null) return NONE;
    const res = await this.meili.search<NetworkDocument>(this.meili.index('networks'), {
      q,
      filter,
      limit,
      attributesToRetrieve: ['id'],
      attributesToHighlight: ['name'],
      highlightPreTag: PRE,
      highlightPostTag: POST,
    });
    const rows = await this.repo.networks(res.hits.map((h) => h.id));
    const byId = new Map(rows.map((r) => [r.id, r]));
    const mine = new Set(scope.networkIds);
    const hits = res.hits.flatMap((hit) => {
      const row = byId.get(hit.id);
      // Re-checked against the current rows: a network made secret a moment ago stays hidden.
      if (
        !row ||
        row.archived ||
        !AccessService.canSeeNetwork(actor, { visibility: row.visibility, membership: mine.has(row.id) ? 'member' : null })
      )
        return [];
      const name = typeof hit._formatted?.name === 'string' ? hit._formatted.name : row.name;
      return [
        {
          id: row.id,
          slug: row.slug,
          name: row.name,
          description: row.description,
          visibility: row.visibility,
          highlight: safeHighlight(name),
        },
      ];
    });
    return { hits, total: res.estimatedTotalHits ?? hits.length };
  }

  /** Posts (and their comments) in the given readable networks; hits re-checked in PostgreSQL. */
  private async postHits(readable: string[], q: string, limit: number): Promise<Found<PostHitDto>> {
    if (q === '' || readable.length === 0) return NONE;
    const res = await this.meili.search<PostDocument>(this.meili.index('posts'), {
      q,
      filter: anyOf('networkId', readable),
      limit,
      attributesToRetrieve: ['id'],
      attributesToCrop: ['body'],
      cropLength: 30,
      attributesToHighlight: ['body'],
      highlightPreTag: PRE,
      highlightPostTag: POST,
    });
    const rows = await this.repo.postHits(
      res.hits.map((h) => h.id),
      readable,
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const hits = res.hits.flatMap((hit) => {
      const row = byId.get(hit.id);
      if (!row) return [];
      const excerpt = typeof hit._formatted?.body === 'string' ? hit._formatted.body : '';
      return [{ ...row, excerpt: safeHighlight(excerpt) }];
    });
    return { hits, total: res.estimatedTotalHits ?? hits.length };
  }

  /** Library documents in the given readable networks, one hit per document; re-checked in PostgreSQL. */
  private async documentHits(readable: string[], q: string, limit: number): Promise<Found<DocumentHitDto>> {
    if (q === '' || readable.length === 0) return NONE;
    const res = await this.meili.search<DocumentChunkDocument>(this.meili.index('documents'), {
      q,
      filter: anyOf('networkId', readable),
      limit,
      attributesToRetrieve: ['documentId'],
      attributesToCrop: ['text'],
      cropLength: 30,
      attributesToHighlight: ['title', 'text'],
      highlightPreTag: PRE,
      highlightPostTag: POST,
    });
    const rows = await this.repo.documentHits(
      res.hits.map((h) => h.documentId),
      readable,
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const hits = res.hits.flatMap((hit) => {
      const row = byId.get(hit.documentId);
      if (!row) return [];
      const text = typeof hit._formatted?.text === 'string' ? hit._formatted.text : '';
      const title = typeof hit._formatted?.title === 'string' ? hit._formatted.title : row.title;
      return [{ ...row, excerpt: safeHighlight(text.includes(PRE) ? text : title) }];
    });
    return { hits, total: res.estimatedTotalHits ?? hits.length };
  }

  /**
   * Chat messages: channels of the readable networks, and (without a network filter) the asker's
   * own direct conversations; re-checked in PostgreSQL.
   */
  private async messageHits(readable: string[], viewerId: string | null, q: string, limit: number): Promise<Found<MessageHitDto>> {
    if (q === '' || (readable.length === 0 && viewerId === null)) return NONE;
    const where = [readable.length > 0 ? anyOf('networkId', readable) : null, viewerId ? `participantIds = ${quote(viewerId)}` : null];
    const res = await this.meili.search<MessageDocument>(this.meili.index('messages'), {
      q,
      filter: where.filter(Boolean).join(' OR '),
      limit,
      attributesToRetrieve: ['id'],
      attributesToCrop: ['body'],
      cropLength: 30,
      attributesToHighlight: ['body'],
      highlightPreTag: PRE,
      highlightPostTag: POST,
    });
    const rows = await this.repo.messageHits(
      res.hits.map((h) => h.id),
      readable,
      viewerId ?? '00000000-0000-0000-0000-000000000000',
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const hits = res.hits.flatMap((hit) => {
      const row = byId.get(hit.id);
      if (!row) return [];
      const excerpt = typeof hit._formatted?.body === 'string' ? hit._formatted.body : '';
      return [{ ...row, excerpt: safeHighlight(excerpt) }];
    });
    return { hits, total: res.estimatedTotalHits ?? hits.length };
  }

  /** Meetings (title, description, agenda, published minutes) in the readable networks. */
  private async meetingHits(readable: string[], q: string, limit: number): Promise<Found<MeetingHitDto>> {
    if (q === '' || readable.length === 0) return NONE;
    const res = await this.meili.search<MeetingDocument>(this.meili.index('meetings'), {
      q,
      filter: anyOf('networkId', readable),
      limit,
      attributesToRetrieve: ['id'],
      attributesToCrop: ['description', 'agenda', 'minutes'],
      cropLength: 30,
      attributesToHighlight: ['title', 'description', 'agenda', 'minutes'],
      highlightPreTag: PRE,
      highlightPostTag: POST,
    });
    const rows = await this.repo.meetingHits(
      res.hits.map((h) => h.id),
      readable,
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const hits = res.hits.flatMap((hit) => {
      const row = byId.get(hit.id);
      if (!row) return [];
      const f = hit._formatted ?? {};
      const parts = [f.title, f.description, ...(Array.isArray(f.agenda) ? (f.agenda as unknown[]) : []), f.minutes].filter(
        (x): x is string => typeof x === 'string',
      );
      const excerpt = parts.find((x) => x.includes(PRE)) ?? row.title;
      return [{ ...row, excerpt: safeHighlight(excerpt) }];
    });
    return { hits, total: res.estimatedTotalHits ?? hits.length };
  }

  async search(actor: Actor, query: SearchQueryDto): Promise<SearchResultDto> {
    const q = query.q.trim();
    const limit = query.limit ?? 10;
    const scope = await this.repo.scope(actor.personId, actor.role);
    const wants = (type: NonNullable<SearchQueryDto['type']>): boolean => query.type === undefined || query.type === type;
    // Narrowed to one network: it must be one whose content the asker may read (else 404 as everywhere).
    const network = query.network ? await this.access.requireNetwork(actor, 'network.content.read', query.network) : null;
    return this.guard(async () => {
      const readable = network ? [network.id] : await this.repo.readableNetworks(scope);
      const [people, networks, posts, documents, messages, meetings] = await Promise.all([
        wants('people') ? this.people(actor, { q, limit, network: network?.id, municipality: query.municipality }) : Promise.resolve(null),
        wants('networks') && !network ? this.networkHits(scope, actor, q, limit) : Promise.resolve(NONE),
        wants('posts') ? this.postHits(readable, q, limit) : Promise.resolve(NONE),
        wants('documents') ? this.documentHits(readable, q, limit) : Promise.resolve(NONE),
        wants('messages') ? this.messageHits(readable, network ? null : actor.personId, q, limit) : Promise.resolve(NONE),
        wants('meetings') ? this.meetingHits(readable, q, limit) : Promise.resolve(NONE),
      ]);
      return {
        query: q,
        people: people?.hits ?? [],
        networks: networks.hits,
        posts: posts.hits,
        documents: documents.hits,
        messages: messages.hits,
        meetings: meetings.hits,
        counts: {
          people: people?.total ?? 0,
          networks: networks.total,
          posts: posts.total,
          documents: documents.total,
          messages: messages.total,
          meetings: meetings.total,
        },
      };
    });
  }

  async suggest(actor: Actor, q: string): Promise<SuggestResultDto> {
    if (q.trim() === '') return { people: [], networks: [], documents: [] };
    const [people, networks, documents] = await Promise.all([
      this.search(actor, { q, limit: 5, type: 'people' }),
      this.search(actor, { q, limit: 3, type: 'networks' }),
      this.search(actor, { q, limit: 3, type: 'documents' }),
    ]);
    return {
      people: people.people.map((p) => ({
        id: p.id,
        name: p.name,
        title: p.title,
        municipality: p.municipality?.name ?? p.organisation,
        external: p.external,
      })),
      networks: networks.networks.slice(0, 3).map((n) => ({ id: n.id, slug: n.slug, name: n.name })),
      documents: documents.documents.slice(0, 3).map((d) => ({ id: d.id, title: d.title, kind: d.kind, networkName: d.networkName })),
    };
  }
}
