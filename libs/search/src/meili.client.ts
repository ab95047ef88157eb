import { Inject, Injectable } from '@nestjs/common';

export interface MeiliConnection {
  readonly url: string;
  readonly apiKey: string | undefined;
  /** Index names are `<prefix>_people`, `<prefix>_networks`. */
  readonly indexPrefix: string;
}
export const MEILI_CONNECTION = Symbol('MEILI_CONNECTION');

export class MeiliUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MeiliUnavailableError';
  }
}

interface Task {
  taskUid: number;
}
interface TaskStatus {
  status: 'enqueued' | 'processing' | 'succeeded' | 'failed' | 'canceled';
  error?: { message: string; code: string } | null;
}

export interface SearchRequest {
  q: string;
  filter?: string | string[];
  facets?: string[];
  limit?: number;
  offset?: number;
  attributesToRetrieve?: string[];
  attributesToHighlight?: string[];
  attributesToCrop?: string[];
  cropLength?: number;
  sort?: string[];
  highlightPreTag?: string;
  highlightPostTag?: string;
  showRankingScore?: boolean;
}

export interface SearchResponse<T> {
  hits: Array<T & { _formatted?: Partial<Record<keyof T, unknown>> }>;
  estimatedTotalHits?: number;
  facetDistribution?: Record<string, Record<string, number>>;
  processingTimeMs: number;
}

/** A small typed client over Meilisearch's HTTP API (fetch; the official SDK is ESM-only). */
@Injectable()
export class MeiliClient {
  constructor(@Inject(MEILI_CONNECTION) readonly connection: MeiliConnection) {}

  index(name: 'people' | 'networks' | 'posts' | 'documents' | 'messages' | 'meetings'): string {
    return `${this.connection.indexPrefix}_${name}`;
  }

  async request<T>(method: string, path: string, body?: unknown, timeoutMs = 5000): Promise<T> {
    let res: Response;
    try {
      res = await fetch(`${this.connection.url}${path}`, {
        method,
        headers: {
          ...(this.connection.apiKey ? { Authorization: `Bearer ${this.connection.apiKey}` } : {}),
          ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        },
        body: body !== undefined ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      throw new MeiliUnavailableError(`Meilisearch ${method} ${path}: ${(err as Error).message}`);
    }
    if (res.status === 404 && method === 'GET') return null as T;
    if (!res.ok) {
      const text = await res.text();
      if (res.status >= 500) throw new MeiliUnavailableError(`Meilisearch ${method} ${path} answered ${res.status}`);
      throw new Error(`Meilisearch ${method} ${path} answered ${res.status}: ${text.slice(0, 300)}`);
    }
    return (await res.json()) as T;
  }

  /** Waits until an asynchronous Meilisearch task is done; throws when it failed. */
  async wait(task: Task, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let delay = 10;
    while (Date.now() < deadline) {
      const status = await this.request<TaskStatus>('GET', `/tasks/${task.taskUid}`);
      if (status.status === 'succeeded') return;
      if (status.status === 'failed' || status.status === 'canceled') {
        throw new Error(`Meilisearch task ${task.taskUid} ${status.status}: ${status.error?.message ?? ''}`);
      }
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 200);
    }
    throw new MeiliUnavailableError(`Meilisearch task ${task.taskUid} did not finish within ${timeoutMs} ms`);
  }

  async ensureIndex(uid: string, settings: Record<string, unknown>): Promise<void> {
    const existing = await this.request<{ uid: string } | null>('GET', `/indexes/${uid}`);
    if (!existing) {
      try {
        await this.wait(await this.request<Task>('POST', '/indexes', { uid, primaryKey: 'id' }));
      } catch (err) {
        // Another process created it first.
        if (!/already exists/.test((err as Error).message)) throw err;
      }
    }
    await this.wait(await this.request<Task>('PATCH', `/indexes/${uid}/settings`, settings));
  }

  async upsert(uid: string, documents: readonly object[]): Promise<void> {
    if (documents.length === 0) return;
    await this.wait(await this.request<Task>('PUT', `/indexes/${uid}/documents`, documents));
  }

  async remove(uid: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.wait(await this.request<Task>('POST', `/indexes/${uid}/documents/delete-batch`, ids));
  }

  async removeWhere(uid: string, filter: string): Promise<void> {
    await this.wait(await this.request<Task>('POST', `/indexes/${uid}/documents/delete`, { filter }));
  }

  /** Several searches in one round trip (disjunctive facets: the same query with one filter group left out). */
  async multiSearch<T>(uid: string, requests: readonly SearchRequest[]): Promise<Array<SearchResponse<T>>> {
    const answer = await this.request<{ results: Array<SearchResponse<T>> }>('POST', '/multi-search', {
      queries: requests.map((r) => ({ indexUid: uid, ...r })),
    });
    return answer.results;
  }

  search<T>(uid: string, request: SearchRequest): Promise<SearchResponse<T>> {
    return this.request<SearchResponse<T>>('POST', `/indexes/${uid}/search`, request);
  }

  async documents<T>(uid: string, fields: string[], offset: number, limit: number): Promise<{ results: T[]; total: number }> {
    const page = await this.request<{ results: T[]; total: number } | null>(
      'GET',
      `/indexes/${uid}/documents?fields=${fields.join(',')}&offset=${offset}&limit=${limit}`,
    );
    return page ?? { results: [], total: 0 };
  }

  async swap(a: string, b: string): Promise<void> {
    await this.wait(await this.request<Task>('POST', '/swap-indexes', [{ indexes: [a, b] }]));
  }

  async deleteIndex(uid: string): Promise<void> {
    const existing = await this.request<{ uid: string } | null>('GET', `/indexes/${uid}`);
    if (existing) await this.wait(await this.request<Task>('DELETE', `/indexes/${uid}`));
  }

  /** "available" when the server answers and the key is accepted. */
  async health(): Promise<{ status: 'available' | 'unavailable'; version?: string }> {
    try {
      const version = await this.request<{ pkgVersion: string }>('GET', '/version', undefined, 2000);
      return { status: 'available', version: version.pkgVersion };
    } catch {
      return { status: 'unavailable' };
    }
  }
}
