import { Injectable, Logger } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { MeiliClient } from './meili.client';
import {
  type IndexKind,
  type NetworkSource,
  type OutboxEntry,
  type PersonSource,
  type DocumentSource,
  type MeetingSource,
  type MessageSource,
  type PostSource,
  SearchRepository,
} from './search.repository';
import { BASE_VOCABULARY, fold, indexWords, meiliStopWords, splitCompound, synonymMap, vocabularyOf } from './swedish';

export interface PersonDocument {
  id: string;
  name: string;
  title: string;
  bio: string;
  role: string;
  external: boolean;
  organisation: string | null;
  municipalityId: string | null;
  municipality: string | null;
  languages: string[];
  networkIds: string[];
  expertise: string[];
  /** The skills marked "fråga mig om", with their compound parts and folded forms (searched on alone when that flag is chosen). */
  askMe: string[];
  mentor: string[];
  learning: string[];
  flags: string[];
  parts: string[];
  folded: string;
  stamp: string;
}

export interface NetworkDocument {
  id: string;
  slug: string;
  name: string;
  description: string;
  kind: string;
  visibility: string;
  archived: boolean;
  folded: string;
  stamp: string;
}

/*
 * No `localizedAttributes: swe` on purpose: checked on Meilisearch 1.21, Swedish-localised fields
 * keep å/ä/ö distinct, so "asa" misses "Åsa" and synonyms containing å/ä/ö stop matching at all.
 * The default normaliser folds diacritics, which is what Swedish users typing on any keyboard need;
 * compounds and synonyms are handled by the hub (see swedish.ts). docs/adr/0004-swedish-search.md.
 */
/**
 * Facet search (Meilisearch's search inside facet values, `/facet-search`) is never used: the hub
 * counts facets with `facets` on a search. Kept on, it is rebuilt on every write: at a million
 * posts one added post took 5–6 s to become searchable, 4 s of it in "post processing facets >
 * facet search"; without it 0.1–1.2 s (bench/README.md, Search).
 */
const NO_FACET_SEARCH = { facetSearch: false } as const;

export const PEOPLE_SETTINGS = {
  ...NO_FACET_SEARCH,
  // Expertise first, then title, then name, then the rest (the ranking).
  // The flagged skills last: they are searched on their own when a flag is chosen with a query.
  searchableAttributes: ['expertise', 'parts', 'title', 'name', 'folded', 'municipality', 'organisation', 'bio', 'askMe', 'mentor', 'learning'],
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'exactness', 'sort'],
  filterableAttributes: ['id', 'municipalityId', 'networkIds', 'flags', 'role'],
  displayedAttributes: ['*'],
  synonyms: synonymMap(),
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  pagination: { maxTotalHits: 1000 },
  faceting: { maxValuesPerFacet: 200 },
};

export const NETWORK_SETTINGS = {
  ...NO_FACET_SEARCH,
  searchableAttributes: ['name', 'folded', 'description'],
  filterableAttributes: ['id', 'visibility', 'archived', 'kind'],
  synonyms: synonymMap(),
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
};

export interface PostDocument {
  id: string;
  networkId: string;
  authorName: string | null;
  body: string;
  comments: string[];
  /** Compound parts and base forms (swedish.ts indexWords): found by "strategi", never shown. */
  parts: string[];
  folded: string;
  createdAt: number;
  stamp: string;
}

export const POST_SETTINGS = {
  ...NO_FACET_SEARCH,
  searchableAttributes: ['body', 'comments', 'parts', 'folded', 'authorName'],
  stopWords: meiliStopWords(),
  filterableAttributes: ['id', 'networkId', 'createdAt'],
  sortableAttributes: ['createdAt'],
  synonyms: synonymMap(),
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  pagination: { maxTotalHits: 1000 },
};

/** One entry per chunk of a document's text (each far below 65,535 positions); hits are grouped by documentId. */
export interface DocumentChunkDocument {
  id: string;
  documentId: string;
  networkId: string;
  title: string;
  tags: string[];
  fileName: string;
  kind: string;
  text: string;
  /** Compound parts and base forms (swedish.ts indexWords): found by "strategi", never shown. */
  parts: string[];
  folded: string;
  updatedAt: number;
  stamp: string;
}

export const DOCUMENT_SETTINGS = {
  ...NO_FACET_SEARCH,
  searchableAttributes: ['title', 'tags', 'fileName', 'folded', 'text', 'parts'],
  stopWords: meiliStopWords(),
  filterableAttributes: ['id', 'documentId', 'networkId', 'kind'],
  sortableAttributes: ['updatedAt'],
  distinctAttribute: 'documentId',
  synonyms: synonymMap(),
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  pagination: { maxTotalHits: 1000 },
};

export interface MessageDocument {
  id: string;
  conversationId: string;
  /** The channel's network; null for a direct conversation, which is found by its participants. */
  networkId: string | null;
  participantIds: string[];
  authorName: string | null;
  body: string;
  /** Compound parts and base forms (swedish.ts indexWords): found by "strategi", never shown. */
  parts: string[];
  folded: string;
  createdAt: number;
  stamp: string;
}

export const MESSAGE_SETTINGS = {
  ...NO_FACET_SEARCH,
  searchableAttributes: ['body', 'parts', 'folded', 'authorName'],
  stopWords: meiliStopWords(),
  filterableAttributes: ['id', 'networkId', 'participantIds', 'createdAt'],
  sortableAttributes: ['createdAt'],
  synonyms: synonymMap(),
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  pagination: { maxTotalHits: 1000 },
};

export interface MeetingDocument {
  id: string;
  networkId: string;
  title: string;
  description: string;
  location: string;
  agenda: string[];
  minutes: string;
  /** Compound parts and base forms (swedish.ts indexWords): found by "strategi", never shown. */
  parts: string[];
  folded: string;
  startsAt: number;
  cancelled: boolean;
  stamp: string;
}

export const MEETING_SETTINGS = {
  ...NO_FACET_SEARCH,
  searchableAttributes: ['title', 'agenda', 'folded', 'description', 'minutes', 'parts', 'location'],
  stopWords: meiliStopWords(),
  filterableAttributes: ['id', 'networkId', 'startsAt', 'cancelled'],
  sortableAttributes: ['startsAt'],
  synonyms: synonymMap(),
  typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } },
  pagination: { maxTotalHits: 1000 },
};

const stampOf = (doc: object): string => createHash('sha1').update(JSON.stringify(doc)).digest('hex').slice(0, 16);

/** Builds documents from current database rows and writes them to Meilisearch. */
@Injectable()
export class SearchIndexer {
  private readonly logger = new Logger('SearchIndexer');
  private vocabulary: { words: Set<string>; at: number } | undefined;
  private ready = false;

  constructor(
    private readonly meili: MeiliClient,
    private readonly repo: SearchRepository,
  ) {}

  async ensureIndexes(prefixOverride?: { people: string; networks: string }): Promise<void> {
    await this.meili.ensureIndex(prefixOverride?.people ?? this.meili.index('people'), PEOPLE_SETTINGS);
    await this.meili.ensureIndex(prefixOverride?.networks ?? this.meili.index('networks'), NETWORK_SETTINGS);
    await this.meili.ensureIndex(this.meili.index('posts'), POST_SETTINGS);
    await this.meili.ensureIndex(this.meili.index('documents'), DOCUMENT_SETTINGS);
    await this.meili.ensureIndex(this.meili.index('messages'), MESSAGE_SETTINGS);
    await this.meili.ensureIndex(this.meili.index('meetings'), MEETING_SETTINGS);
    this.ready = true;
  }

  async health(): Promise<'available' | 'unavailable'> {
    return (await this.meili.health()).status;
  }

  private async words(): Promise<Set<string>> {
    if (!this.vocabulary || Date.now() - this.vocabulary.at > 60_000) {
      this.vocabulary = { words: vocabularyOf(await this.repo.vocabulary()), at: Date.now() };
    }
    return this.vocabulary.words;
  }

  personDocument(p: PersonSource, words: ReadonlySet<string>): PersonDocument {
    const expertise = p.expertise.map((e) => e.tag);
    const tokens = [...expertise, p.title].flatMap((t) => t.toLowerCase().split(/[^\p{L}\p{N}]+/u));
    const parts = [...new Set(tokens.flatMap((t) => splitCompound(t, words)))];
    // A flag belongs to a skill: the skills with it, findable the same ways as `expertise` is.
    const flagged = (has: (e: PersonSource['expertise'][number]) => boolean): string[] => {
      const tags = p.expertise.filter(has).map((e) => e.tag);
      if (tags.length === 0) return [];
      const own = [...new Set(tags.flatMap((t) => t.toLowerCase().split(/[^\p{L}\p{N}]+/u)).flatMap((t) => splitCompound(t, words)))];
      return [...tags, ...own, fold([...tags, ...own].join(' '))];
    };
    const flags = [
      ...(p.expertise.some((e) => e.askMe) ? ['askMe'] : []),
      ...(p.expertise.some((e) => e.mentor) ? ['mentor'] : []),
      ...(p.expertise.some((e) => e.learning) ? ['learning'] : []),
    ];
    const doc: Omit<PersonDocument, 'stamp'> = {
      id: p.id,
      name: p.name,
      title: p.title,
      bio: p.bio,
      role: p.role,
      external: p.role === 'guest',
      organisation: p.organisation,
      municipalityId: p.municipalityId,
      municipality: p.municipality,
      languages: p.languages,
      networkIds: p.networkIds,
      expertise,
      askMe: flagged((e) => e.askMe),
      mentor: flagged((e) => e.mentor),
      learning: flagged((e) => e.learning),
      flags,
      parts,
      folded: fold([p.name, p.title, ...expertise, ...parts, p.municipality ?? '', p.organisation ?? ''].join(' ')),
    };
    return { ...doc, stamp: stampOf(doc) };
  }

  networkDocument(n: NetworkSource): NetworkDocument {
    const doc = { ...n, folded: fold(`${n.name} ${n.slug.replace(/-/g, ' ')}`) };
    return { ...doc, stamp: stampOf(doc) };
  }

  /** `words`: the compound vocabulary (everyone's expertise, the stems and the synonym groups). */
  postDocument(p: PostSource, words: ReadonlySet<string> = BASE_VOCABULARY): PostDocument {
    // Meilisearch counts at most 65,535 positions per attribute: long threads are cut, not lost.
    const comments = p.comments.map((c) => c.slice(0, 2000)).slice(0, 200);
    const doc = {
      id: p.id,
      networkId: p.networkId,
      authorName: p.authorName,
      body: p.body.slice(0, 20000),
      comments,
      parts: indexWords([p.body.slice(0, 20000), ...comments], words),
      folded: fold(p.body.slice(0, 5000)),
      createdAt: new Date(p.createdAt).getTime(),
    };
    return { ...doc, stamp: stampOf(doc) };
  }

  async postDocuments(ids: readonly string[]): Promise<PostDocument[]> {
    const words = await this.words();
    return (await this.repo.posts(ids)).map((p) => this.postDocument(p, words));
  }

  documentChunks(d: DocumentSource, words: ReadonlySet<string> = BASE_VOCABULARY): DocumentChunkDocument[] {
    const texts = d.chunks.length > 0 ? d.chunks : [''];
    return texts.map((text, n) => {
      const doc = {
        id: `${d.id}_${n}`,
        documentId: d.id,
        networkId: d.networkId,
        title: d.title,
        tags: d.tags,
        fileName: d.fileName,
        kind: d.kind,
        text,
        parts: indexWords(n === 0 ? [d.title, ...d.tags, text] : [text], words),
        folded: n === 0 ? fold(`${d.title} ${d.tags.join(' ')}`) : '',
        updatedAt: new Date(d.updatedAt).getTime(),
      };
      return { ...doc, stamp: stampOf(doc) };
    });
  }

  async documentDocuments(ids: readonly string[]): Promise<DocumentChunkDocument[]> {
    const words = await this.words();
    return (await this.repo.documents(ids)).flatMap((d) => this.documentChunks(d, words));
  }

  messageDocument(m: MessageSource, words: ReadonlySet<string> = BASE_VOCABULARY): MessageDocument {
    const doc = {
      id: m.id,
      conversationId: m.conversationId,
      networkId: m.networkId,
      participantIds: m.participantIds,
      authorName: m.authorName,
      body: m.body.slice(0, 20000),
      parts: indexWords([m.body.slice(0, 20000)], words),
      folded: fold(m.body.slice(0, 5000)),
      createdAt: new Date(m.createdAt).getTime(),
    };
    return { ...doc, stamp: stampOf(doc) };
  }

  meetingDocument(m: MeetingSource, words: ReadonlySet<string> = BASE_VOCABULARY): MeetingDocument {
    // Meilisearch counts at most 65,535 positions per attribute: very long minutes are cut, not lost from the hub.
    const agenda = m.agenda.map((a) => a.slice(0, 2000)).slice(0, 100);
    const minutes = m.minutes.slice(0, 60000);
    const doc = {
      id: m.id,
      networkId: m.networkId,
      title: m.title,
      description: m.description.slice(0, 20000),
      location: m.location,
      agenda,
      minutes,
      parts: indexWords([m.title, m.description.slice(0, 20000), ...agenda, minutes], words),
      folded: fold(`${m.title} ${m.agenda.join(' ')}`.slice(0, 5000)),
      startsAt: new Date(m.startsAt).getTime(),
      cancelled: m.cancelled,
    };
    return { ...doc, stamp: stampOf(doc) };
  }

  /** The index, settings and document builder of each kind. */
  private kind(kind: IndexKind): {
    index: string;
    settings: object;
    docs: (ids: readonly string[]) => Promise<Array<{ id: string; stamp: string }>>;
  } {
    switch (kind) {
      case 'person':
        return { index: this.meili.index('people'), settings: PEOPLE_SETTINGS, docs: (ids) => this.peopleDocuments(ids) };
      case 'network':
        return { index: this.meili.index('networks'), settings: NETWORK_SETTINGS, docs: (ids) => this.networkDocuments(ids) };
      case 'post':
        return { index: this.meili.index('posts'), settings: POST_SETTINGS, docs: (ids) => this.postDocuments(ids) };
      case 'document':
        return { index: this.meili.index('documents'), settings: DOCUMENT_SETTINGS, docs: (ids) => this.documentDocuments(ids) };
      case 'message':
        return {
          index: this.meili.index('messages'),
          settings: MESSAGE_SETTINGS,
          docs: async (ids) => {
            const words = await this.words();
            return (await this.repo.messages(ids)).map((m) => this.messageDocument(m, words));
          },
        };
      case 'meeting':
        return {
          index: this.meili.index('meetings'),
          settings: MEETING_SETTINGS,
          docs: async (ids) => {
            const words = await this.words();
            return (await this.repo.meetings(ids)).map((m) => this.meetingDocument(m, words));
          },
        };
    }
  }

  async peopleDocuments(ids: readonly string[]): Promise<PersonDocument[]> {
    const words = await this.words();
    return (await this.repo.people(ids)).map((p) => this.personDocument(p, words));
  }

  async networkDocuments(ids: readonly string[]): Promise<NetworkDocument[]> {
    return (await this.repo.networks(ids)).map((n) => this.networkDocument(n));
  }

  /** Brings the index in line with the current rows of these entities (idempotent; order-free). */
  async sync(entries: readonly OutboxEntry[]): Promise<void> {
    if (!this.ready) await this.ensureIndexes();
    for (const kind of ['person', 'network', 'post', 'document', 'message', 'meeting'] as const) {
      const ids = [...new Set(entries.filter((e) => e.kind === kind).map((e) => e.entityId))];
      if (ids.length === 0) continue;
      const { index, docs: build } = this.kind(kind);
      // A library document is many entries (its text in chunks): a few at a time keeps each request small.
      const slice = kind === 'document' ? 50 : ids.length;
      for (let from = 0; from < ids.length; from += slice) {
        const some = ids.slice(from, from + slice);
        const docs = await build(some);
        // A document is several entries (one per chunk): a new version may have fewer, so its old ones go first.
        if (kind === 'document') await this.meili.removeWhere(index, `documentId IN [${some.map((id) => JSON.stringify(id)).join(', ')}]`);
        const present = new Set(docs.map((d) => d.id));
        await this.meili.upsert(index, docs);
        await this.meili.remove(
          index,
          some.filter((id) => !present.has(id)),
        );
      }
    }
  }

  /** Rebuilds one index into a fresh one and swaps it in; `progress` gets (done, total). */
  async rebuild(kind: IndexKind, progress?: (done: number, total: number) => void): Promise<number> {
    const { index: live, settings, docs: build } = this.kind(kind);
    const fresh = `${live}_rebuild`;
    await this.meili.deleteIndex(fresh);
    await this.meili.ensureIndex(fresh, settings as Record<string, unknown>);
    await this.meili.ensureIndex(live, settings as Record<string, unknown>);
    const total = await this.repo.count(kind);
    let done = 0;
    let after: string | null = null;
    for (;;) {
      const ids = await this.repo.allIds(kind, after, 1000);
      if (ids.length === 0) break;
      const docs = await build(ids);
      await this.meili.upsert(fresh, docs);
      done += ids.length;
      after = ids[ids.length - 1]!;
      progress?.(done, total);
    }
    await this.meili.swap(live, fresh);
    await this.meili.deleteIndex(fresh);
    // Changes made while rebuilding went to the index that was just swapped out: repair them now.
    await this.check(kind, true);
    this.logger.log({ kind, documents: done }, 'Search index rebuilt');
    return done;
  }

  /**
   * Compares the database and the index for one kind: documents missing from the index, stale
   * (built from older rows) or extra (deleted rows). With `repair`, fixes them.
   */
  async check(kind: IndexKind, repair: boolean): Promise<{ missing: number; stale: number; extra: number }> {
    const { index, docs: build } = this.kind(kind);
    const indexed = new Map<string, string>();
    for (let offset = 0; ; offset += 1000) {
      const page = await this.meili.documents<{ id: string; stamp: string }>(index, ['id', 'stamp'], offset, 1000);
      for (const d of page.results) indexed.set(d.id, d.stamp);
      if (page.results.length < 1000) break;
    }
    let missing = 0;
    let stale = 0;
    const seen = new Set<string>();
    const toFix: string[] = [];
    let after: string | null = null;
    for (;;) {
      const ids = await this.repo.allIds(kind, after, 1000);
      if (ids.length === 0) break;
      const docs = await build(ids);
      for (const doc of docs) {
        seen.add(doc.id);
        const stamp = indexed.get(doc.id);
        if (stamp === undefined) missing++;
        else if (stamp !== doc.stamp) stale++;
        else continue;
        toFix.push(doc.id);
      }
      if (repair)
        await this.meili.upsert(
          index,
          docs.filter((d) => toFix.includes(d.id)),
        );
      toFix.length = 0;
      after = ids[ids.length - 1]!;
    }
    const extra = [...indexed.keys()].filter((id) => !seen.has(id));
    if (repair) await this.meili.remove(index, extra);
    return { missing, stale, extra: extra.length };
  }
}
