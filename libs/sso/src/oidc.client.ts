import { Injectable } from '@nestjs/common';
import * as client from 'openid-client';
import type { ProviderRow } from './sso.repository';
import { SecretBox } from './secret-box';

const TIMEOUT_SECONDS = 8;
const CACHE_MS = 10 * 60_000;

/** Plain HTTP is accepted only for a provider on this machine (the demo and the tests), never across a network. */
export function isLoopbackHttp(issuer: URL): boolean {
  return issuer.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
}

/** Why an issuer address cannot be used, in Swedish; null when it can. */
export function issuerProblem(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'Ange utfärdarens adress, t.ex. https://login.microsoftonline.com/<katalog-id>/v2.0.';
  }
  if (url.protocol !== 'https:' && !isLoopbackHttp(url)) return 'Utfärdarens adress måste börja med https://.';
  if (url.search || url.hash) return 'Utfärdarens adress får inte ha ? eller #.';
  return null;
}

/** A failure talking to the provider: it could not be reached or did not answer as OpenID Connect says. */
export class ProviderUnreachable extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'ProviderUnreachable';
  }
}

export interface ProviderCheck {
  ok: boolean;
  checks: Array<{ name: 'discovery' | 'jwks'; ok: boolean; message: string }>;
}

/** Describes an error from fetching or reading a provider's documents, in Swedish. */
export function describeFetchError(error: unknown): string {
  const e = error as { code?: string; message?: string; name?: string };
  // The network's reason sits some way down the chain of causes (fetch failed ← ECONNREFUSED).
  let code = '';
  for (let cause: unknown = error, depth = 0; cause && depth < 5; cause = (cause as { cause?: unknown }).cause, depth++) {
    const c = (cause as { code?: unknown }).code;
    if (typeof c === 'string' && !c.startsWith('OAUTH_')) code = c;
    else if (typeof c === 'string' && !code) code = c;
  }
  if (e.name === 'TimeoutError' || e.name === 'AbortError' || code === 'UND_ERR_CONNECT_TIMEOUT') return 'Leverantören svarade inte i tid.';
  if (code === 'ECONNREFUSED') return 'Ingen server svarar på adressen (anslutningen nekades).';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'Adressens värdnamn finns inte (DNS).';
  if (code.startsWith('ERR_TLS') || code.includes('CERT')) return 'Leverantörens certifikat godtas inte (TLS).';
  if (code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' || code === 'OAUTH_RESPONSE_IS_NOT_JSON')
    return 'Svaret var inte ett giltigt OpenID Connect-dokument.';
  if (code === 'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED') return 'Utfärdaren i discovery-dokumentet stämmer inte med den angivna adressen.';
  return 'Leverantören kunde inte nås eller svarade fel.';
}

/**
 * The relying party, on openid-client: discovery per provider (cached for ten minutes, and
 * forgotten when the provider changes), the authorization URL, the code exchange with every check
 * of the ID token (signature through JWKS, iss, aud, exp, nonce), refresh and logout addresses.
 */
@Injectable()
export class OidcClient {
  private readonly cache = new Map<string, { at: number; updatedAt: string; config: Promise<client.Configuration> }>();

  constructor(private readonly secrets: SecretBox) {}

  configuration(provider: ProviderRow): Promise<client.Configuration> {
    const cached = this.cache.get(provider.id);
    if (cached && cached.updatedAt === provider.updatedAt && Date.now() - cached.at < CACHE_MS) return cached.config;
    const config = this.discover(provider.issuer, provider.clientId, this.secrets.open(provider.clientSecretEnc));
    this.cache.set(provider.id, { at: Date.now(), updatedAt: provider.updatedAt, config });
    config.catch(() => this.cache.delete(provider.id));
    return config;
  }

  forget(providerId: string): void {
    this.cache.delete(providerId);
  }

  async discover(issuer: string, clientId: string, clientSecret: string): Promise<client.Configuration> {
    const url = new URL(issuer);
    try {
      return await client.discovery(url, clientId, { client_secret: clientSecret }, client.ClientSecretPost(clientSecret), {
        timeout: TIMEOUT_SECONDS,
        // ID tokens come straight from the token endpoint, where the spec lets TLS stand in for the
        // signature; the hub checks the signature against the provider's JWKS anyway.
        execute: isLoopbackHttp(url)
          ? [client.allowInsecureRequests, client.enableNonRepudiationChecks]
          : [client.enableNonRepudiationChecks],
      });
    } catch (error) {
      throw new ProviderUnreachable(describeFetchError(error));
    }
  }

  /** The secretariat's "test": discovery and the signing keys, each with what is wrong in Swedish. */
  async check(issuer: string, clientId: string, clientSecret: string): Promise<ProviderCheck> {
    let config: client.Configuration;
    try {
      config = await this.discover(issuer, clientId, clientSecret);
    } catch (error) {
      const reason = error instanceof ProviderUnreachable ? error.reason : describeFetchError(error);
      return {
        ok: false,
        checks: [
          {
            name: 'discovery',
            ok: false,
            message: `Discovery-dokumentet (${issuer.replace(/\/$/, '')}/.well-known/openid-configuration) kunde inte läsas: ${reason}`,
          },
          { name: 'jwks', ok: false, message: 'Nycklarna (JWKS) kontrollerades inte eftersom discovery misslyckades.' },
        ],
      };
    }
    const meta = config.serverMetadata();
    const checks: ProviderCheck['checks'] = [
      { name: 'discovery', ok: true, message: `Discovery-dokumentet lästes; utfärdaren är ${meta.issuer}.` },
    ];
    if (!meta.jwks_uri) {
      checks.push({ name: 'jwks', ok: false, message: 'Discovery-dokumentet anger ingen jwks_uri, så ID-token kan inte kontrolleras.' });
      return { ok: false, checks };
    }
    try {
      const jwksUrl = new URL(meta.jwks_uri);
      const res = await fetch(jwksUrl, { signal: AbortSignal.timeout(TIMEOUT_SECONDS * 1000), redirect: 'error' });
      if (!res.ok) throw Object.assign(new Error('status'), { code: `HTTP ${res.status}` });
      const body = (await res.json()) as { keys?: Array<{ use?: string; kty?: string }> };
      const signing = (body.keys ?? []).filter((k) => k.use === undefined || k.use === 'sig');
      if (signing.length === 0)
        checks.push({ name: 'jwks', ok: false, message: `JWKS på ${jwksUrl.href} innehåller inga nycklar för signering.` });
      else checks.push({ name: 'jwks', ok: true, message: `JWKS lästes: ${signing.length} nyckel/nycklar för signering.` });
    } catch (error) {
      const status = (error as { code?: string }).code;
      const reason = status?.startsWith('HTTP') ? `servern svarade ${status}.` : describeFetchError(error);
      checks.push({ name: 'jwks', ok: false, message: `Nycklarna (JWKS) kunde inte hämtas från ${meta.jwks_uri}: ${reason}` });
    }
    return { ok: checks.every((c) => c.ok), checks };
  }
}

export { client as openid };
