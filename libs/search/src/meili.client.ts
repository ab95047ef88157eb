import { Inject, Injectable } from '@nestjs/common';

export interface MeiliConnection {
  readonly url: string;
  readonly apiKey: string | undefined;
}
export const MEILI_CONNECTION = Symbol('MEILI_CONNECTION');

/** A small typed client over Meilisearch's HTTP API (fetch, no SDK: the SDK is ESM-only). */
@Injectable()
export class MeiliClient {
  constructor(@Inject(MEILI_CONNECTION) private readonly connection: MeiliConnection) {}

  async request<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.connection.url}${path}`, {
      method,
      headers: {
        ...(this.connection.apiKey ? { Authorization: `Bearer ${this.connection.apiKey}` } : {}),
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      },
      body: body !== undefined ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(5000),
    });
    if (!res.ok) throw new Error(`Meilisearch ${method} ${path} answered ${res.status}`);
    return (await res.json()) as T;
  }

  /** "available" when the server answers and the key is accepted. */
  async health(): Promise<{ status: 'available' | 'unavailable'; version?: string }> {
    try {
      const version = await this.request<{ pkgVersion: string }>('GET', '/version');
      return { status: 'available', version: version.pkgVersion };
    } catch {
      return { status: 'unavailable' };
    }
  }
}
