import * as http from 'node:http';
import * as https from 'node:https';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';

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
  /** Search only these searchable attributes (the flagged skills of "Hitta kollega"). */
  attributesToSearchOn?: string[];
}

export interface SearchResponse<T> {
  hits: Array<T & { _formatted?: Partial<Record<keyof T, unknown>> }>;
  estimatedTotalHits?: number;
  facetDistribution?: Record<string, Record<string, number>>;
  processingTimeMs: number;
}

/** A small typed client over Meilisearch's HTTP API (node:http; the official SDK is ESM-only). */
@Injectable()
export class MeiliClient implements OnApplicationShutdown {
  constructor(@Inject(MEILI_CONNECTION) readonly connection: MeiliConnection) {
    this.agent = new (connection.url.startsWith('https:') ? https.Agent : http.Agent)({
      keepAlive: true,
      maxSockets: 64,
      // Closes idle connections before Meilisearch's own keep-alive timeout (5 s) would.
      timeout: 4000,
    });
  }

  index(name: 'people' | 'networks' | 'posts' | 'documents' | 'messages' | 'meetings'): string {
    return `${this.connection.indexPrefix}_${name}`;
  }

  /**
   * One keep-alive connection pool over node:http(s), without fetch: fetch asked for compressed
   * answers (zlib on every tiny search answer) and cost an AbortSignal and a stream pipeline per
   * call; the search benchmark found those the largest part of the hub's own time per search.
   */
  private readonly agent: http.Agent;

  onApplicationShutdown(): void {
    this.agent.destroy();
  }

  async request<T>(method: string, path: string, body?: unknown, timeoutMs = 5000): Promise<T> {
    const payload = body !== undefined ? Buffer.from(JSON.stringify(body)) : undefined;
    let status: number;
    let text: string;
    try {
      ({ status, text } = await this.send(method, path, payload, timeoutMs));
    } catch (err) {
      throw new MeiliUnavailableError(`Meilisearch ${method} ${path}: ${(err as Error).message}`);
    }
    if (status === 404 && method === 'GET') return null as T;
    if (status < 200 || status >= 300) {
      if (status >= 500) throw new MeiliUnavailableError(`Meilisearch ${method} ${path} answered ${status}`);
      throw new Error(`Meilisearch ${method} ${path} answered ${status}: ${text.slice(0, 300)}`);
    }
    return JSON.parse(text) as T;
  }

  private send(
    method: string,
    path: string,
    payload: Buffer | undefined,
    timeoutMs: number,
    retry = true,
  ): Promise<{ status: number; text: string }> {
    const url = new URL(`${this.connection.url.replace(/\/+$/, '')}${path}`);
    const headers: http.OutgoingHttpHeaders = { 'Accept-Encoding': 'identity' };
    if (this.connection.apiKey) headers['Authorization'] = `Bearer ${this.connection.apiKey}`;
    if (payload) {
      headers['Content-Type'] = 'application/json';
      headers['Content-Length'] = payload.length;
    }
    const client = url.protocol === 'https:' ? https : http;
    return new Promise((resolve, reject) => {
      const req = client.request(url, { method, headers, agent: this.agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', (err) => {
          clearTimeout(timer);
          reject(err);
        });
      });
      const timer = setTimeout(() => req.destroy(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      req.on('error', (err: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        // A kept-alive connection the server closed just as it was reused: once more on a new one.
        if (retry && req.reusedSocket && err.code === 'ECONNRESET') resolve(this.send(method, path, payload, timeoutMs, false));
        else reject(err);
      });
      req.on('socket', (socket) => socket.setNoDelay(true));
      req.end(payload);
    });
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
