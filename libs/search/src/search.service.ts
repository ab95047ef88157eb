import { Injectable } from '@nestjs/common';
import { AccessService, isUuid } from '@hub/access';
import { type Actor, DomainError, validation } from '@hub/core';
import { MeiliClient, MeiliUnavailableError, type SearchRequest } from './meili.client';
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
import { FLAGS } from './search.dto';
import { SearchRepository, type ViewerScope } from './search.repository';
import { ViewerScopes } from './viewer-scopes';

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
 * current memberships (`ViewerScopes`: read from PostgreSQL, kept in process until a membership or
 * network change NOTIFYs), and hits are re-read from PostgreSQL before they are shown.
 */
@Injectable()
export class SearchService {
  constructor(
    private readonly meili: MeiliClient,
    private readonly repo: SearchRepository,
    private readonly access: AccessService,
    private readonly scopes: ViewerScopes,
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

  /**
   * A pre-filter in Meilisearch's language, so that a page of hits is not eaten by networks the
   * asker may not know of. It is not the access rule: every hit is re-checked by it in SQL
   * (`networksSeenBy`), so a difference here can only hide a hit, never show one.
   */
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
    let rows = await this.repo.personHits(ids);
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

  async people(actor: Actor, query: PeopleSearchQueryDto, known?: ViewerScope): Promise<PeopleSearchResultDto> {
    const scope = known ?? (await this.scopes.of(actor.personId, actor.role));
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
    // With a query, a flag belongs to the skill that matched it: the query is searched on the
    // flagged skills only (attributesToSearchOn). Without one, anyone with the flag on any skill.
    const chosen = [...new Set(query.flag ?? [])];
    const onSkill = q !== '';
    if (chosen.length > 0 && !onSkill) groups.flags = `flags IN [${chosen.join(', ')}]`;
    const searchOn = onSkill && chosen.length > 0 ? { attributesToSearchOn: chosen } : {};
    const without = (skip: string | null): string[] => [
      ...(base ? [base] : []),
      ...Object.entries(groups)
        .filter(([k]) => k !== skip)
        .map(([, v]) => v),
    ];
    const FACETS = onSkill ? (['municipalityId', 'networkIds'] as const) : (['municipalityId', 'networkIds', 'flags'] as const);
    const active = FACETS.filter((f) => groups[f] !== undefined);
    return this.guard(async () => {
      const [res, ...others] = await this.meili.multiSearch<PersonDocument>(this.meili.index('people'), [
        {
          q,
          ...searchOn,
          filter: without(null),
          facets: FACETS.filter((f) => groups[f] === undefined),
          limit: query.limit ?? 20,
          offset: query.offset ?? 0,
          attributesToRetrieve: ['id'],
          attributesToHighlight: ['expertise', 'title'],
          highlightPreTag: PRE,
          highlightPostTag: POST,
        },
        ...active.map((f) => ({ q, ...searchOn, filter: without(f), facets: [f], limit: 0 })),
        // With a query, each flag counts those whose matching skill has it.
        ...(onSkill ? FLAGS.map((f) => ({ q, filter: without(null), attributesToSearchOn: [f], limit: 0 })) : []),
      ]);
      if (!res) return empty;
      const facet: Record<string, Record<string, number>> = { ...(res.facetDistribution ?? {}) };
      active.forEach((f, i) => (facet[f] = others[i]?.facetDistribution?.[f] ?? {}));
      const networkCounts = facet['networkIds'] ?? {};
      // Facets name only networks whose members the asker may see.
      const visibleNetworks = scope.readable.filter((n) => networkCounts[n.id] !== undefined);
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
          flags: onSkill
            ? {
                askMe: others[active.length]?.estimatedTotalHits ?? 0,
                mentor: others[active.length + 1]?.estimatedTotalHits ?? 0,
                learning: others[active.length + 2]?.estimatedTotalHits ?? 0,
              }
            : {
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
    const rows = await this.repo.networksSeenBy(
      res.hits.map((h) => h.id),
      actor.personId,
      actor.role,
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    const hits = res.hits.flatMap((hit) => {
      const row = byId.get(hit.id);
      // Re-checked against the current rows and the access rule: a network made secret a moment ago
      // stays hidden; archived ones leave network search as they leave the directory.
      if (!row || row.archived) return [];
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

  /**
   * One content type: the Meilisearch query (already filtered to what the asker may read), then the
   * hits re-read from PostgreSQL (which re-checks access and liveness) in Meilisearch's order.
   */
  private async contentHits<D, R extends { id: string }>(
    index: Parameters<MeiliClient['index']>[0],
    request: SearchRequest,
    keyOf: (hit: D) => string,
    rowsOf: (ids: string[]) => Promise<R[]>,
    excerptOf: (formatted: Partial<Record<keyof D, unknown>>, row: R) => string,
  ): Promise<Found<R & { excerpt: string }>> {
    const res = await this.meili.search<D>(this.meili.index(index), { ...request, highlightPreTag: PRE, highlightPostTag: POST });
    const byId = new Map((await rowsOf(res.hits.map(keyOf))).map((r) => [r.id, r]));
    const hits = res.hits.flatMap((hit) => {
      const row = byId.get(keyOf(hit));
      return row ? [{ ...row, excerpt: safeHighlight(excerptOf(hit._formatted ?? {}, row)) }] : [];
    });
    return { hits, total: res.estimatedTotalHits ?? hits.length };
  }

  /** Posts (and their comments) in the given readable networks. */
  private postHits(readable: string[], q: string, limit: number): Promise<Found<PostHitDto>> {
    if (q === '' || readable.length === 0) return Promise.resolve(NONE);
    return this.contentHits<PostDocument, Omit<PostHitDto, 'excerpt'>>(
      'posts',
      {
        q,
        filter: anyOf('networkId', readable),
        limit,
        attributesToRetrieve: ['id'],
        attributesToCrop: ['body'],
        cropLength: 30,
        attributesToHighlight: ['body'],
      },
      (h) => h.id,
      (ids) => this.repo.postHits(ids, readable),
      (f) => (typeof f.body === 'string' ? f.body : ''),
    );
  }

  /** Library documents in the given readable networks, one hit per document. */
  private documentHits(readable: string[], q: string, limit: number): Promise<Found<DocumentHitDto>> {
    if (q === '' || readable.length === 0) return Promise.resolve(NONE);
    return this.contentHits<DocumentChunkDocument, Omit<DocumentHitDto, 'excerpt'>>(
      'documents',
      {
        q,
        filter: anyOf('networkId', readable),
        limit,
        attributesToRetrieve: ['documentId'],
        attributesToCrop: ['text'],
        cropLength: 30,
        attributesToHighlight: ['title', 'text'],
      },
      (h) => h.documentId,
      (ids) => this.repo.documentHits(ids, readable),
      (f, row) => (typeof f.text === 'string' && f.text.includes(PRE) ? f.text : typeof f.title === 'string' ? f.title : row.title),
    );
  }

  /** Chat messages: channels of the readable networks, and (without a network filter) the asker's own direct conversations. */
  private messageHits(readable: string[], viewerId: string | null, q: string, limit: number): Promise<Found<MessageHitDto>> {
    if (q === '' || (readable.length === 0 && viewerId === null)) return Promise.resolve(NONE);
    const where = [readable.length > 0 ? anyOf('networkId', readable) : null, viewerId ? `participantIds = ${quote(viewerId)}` : null];
    return this.contentHits<MessageDocument, Omit<MessageHitDto, 'excerpt'>>(
      'messages',
      {
        q,
        filter: where.filter(Boolean).join(' OR '),
        limit,
        attributesToRetrieve: ['id'],
        attributesToCrop: ['body'],
        cropLength: 30,
        attributesToHighlight: ['body'],
      },
      (h) => h.id,
      (ids) => this.repo.messageHits(ids, readable, viewerId ?? '00000000-0000-0000-0000-000000000000'),
      (f) => (typeof f.body === 'string' ? f.body : ''),
    );
  }

  /** Meetings (title, description, agenda, published minutes) in the readable networks. */
  private meetingHits(readable: string[], q: string, limit: number): Promise<Found<MeetingHitDto>> {
    if (q === '' || readable.length === 0) return Promise.resolve(NONE);
    return this.contentHits<MeetingDocument, Omit<MeetingHitDto, 'excerpt'>>(
      'meetings',
      {
        q,
        filter: anyOf('networkId', readable),
        limit,
        attributesToRetrieve: ['id'],
        attributesToCrop: ['description', 'agenda', 'minutes'],
        cropLength: 30,
        attributesToHighlight: ['title', 'description', 'agenda', 'minutes'],
      },
      (h) => h.id,
      (ids) => this.repo.meetingHits(ids, readable),
      (f, row) => {
        const parts = [f.title, f.description, ...(Array.isArray(f.agenda) ? (f.agenda as unknown[]) : []), f.minutes];
        return parts.find((x): x is string => typeof x === 'string' && x.includes(PRE)) ?? row.title;
      },
    );
  }

  async search(actor: Actor, query: SearchQueryDto, known?: ViewerScope): Promise<SearchResultDto> {
    const q = query.q.trim();
    const limit = query.limit ?? 10;
    const scope = known ?? (await this.scopes.of(actor.personId, actor.role));
    const wants = (type: NonNullable<SearchQueryDto['type']>): boolean => query.type === undefined || query.type === type;
    // Narrowed to one network: it must be one whose content the asker may read (else 404 as everywhere).
    const network = query.network ? await this.access.requireNetwork(actor, 'network.content.read', query.network) : null;
    return this.guard(async () => {
      const readable = network ? [network.id] : scope.readable.map((n) => n.id);
      const [people, networks, posts, documents, messages, meetings] = await Promise.all([
        wants('people')
          ? this.people(actor, { q, limit, network: network?.id, municipality: query.municipality }, scope)
          : Promise.resolve(null),
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
    const scope = await this.scopes.of(actor.personId, actor.role);
    const [people, networks, documents] = await Promise.all([
      this.search(actor, { q, limit: 5, type: 'people' }, scope),
      this.search(actor, { q, limit: 3, type: 'networks' }, scope),
      this.search(actor, { q, limit: 3, type: 'documents' }, scope),
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
