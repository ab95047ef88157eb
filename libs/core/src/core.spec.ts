import { ConfigError, loadConfig } from './config';
import { readCookie, sessionCookie } from './cookies';
import { decodeCursor, encodeCursor } from './pagination';
import { slugify } from './text';

describe('slugify', () => {
  it('makes Swedish names into addresses', () => {
    expect(slugify('Nätverket för välfärdsteknik')).toBe('natverket-for-valfardsteknik');
    expect(slugify('Det brottsförebyggande nätverket')).toBe('det-brottsforebyggande-natverket');
    expect(slugify('  Åstorp & Örkelljunga: GIS!  ')).toBe('astorp-orkelljunga-gis');
  });
});

describe('loadConfig', () => {
  it('has working defaults', () => {
    const c = loadConfig({}, '/srv/hub');
    expect(c).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      publicUrl: 'http://localhost:3000',
      secureCookies: false,
      dataDir: '/srv/hub/.data',
      seedDemo: true,
      searchGatherMs: 500,
    });
  });

  it.each([
    [{ PORT: 'abc' }, /PORT must be a whole number/],
    [{ PORT: '70000' }, /PORT must be between/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL must start with postgres/],
    [{ MEILI_URL: 'inte en url' }, /MEILI_URL is not a valid URL/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [{ HUB_ADMIN_PASSWORD: 'kort' }, /at least 8/],
    [{ HUB_SEED_DEMO: 'kanske' }, /HUB_SEED_DEMO must be true or false/],
    [{ MEILI_MASTER_KEY: 'short' }, /16 bytes/],
    [{ REDIS_URL: 'http://redis.example.se:6379' }, /REDIS_URL must start with redis: or rediss:/],
    [{ REDIS_URL: 'redis://:hemligt@värd:sexton' }, /REDIS_URL is not a valid URL/],
    [{ SEARCH_GATHER_MS: '2000' }, /SEARCH_GATHER_MS must be between 0 and 900/],
  ])('stops on %j with one sentence naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('takes REDIS_URL as redis:// or rediss://, and never repeats its password in an error', () => {
    expect(loadConfig({}).redisUrl).toBeUndefined();
    expect(loadConfig({ REDIS_URL: 'rediss://:hemligt@redis.example.se:6380/0' }).redisUrl).toBe(
      'rediss://:hemligt@redis.example.se:6380/0',
    );
    for (const bad of ['https://:hemligt@redis.example.se', 'redis://:hemligt@redis.example.se:port']) {
      expect(() => loadConfig({ REDIS_URL: bad })).toThrow(ConfigError);
      expect(() => loadConfig({ REDIS_URL: bad })).not.toThrow(/hemligt/);
    }
  });

  it('uses Secure cookies behind https', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://hubben.example.se/' })).toMatchObject({
      secureCookies: true,
      publicUrl: 'https://hubben.example.se',
    });
  });
});

describe('cookies', () => {
  it('reads one cookie among several', () => {
    expect(readCookie('a=1; nh_session=abc%2Fd; b=2', 'nh_session')).toBe('abc/d');
    expect(readCookie('a=1', 'nh_session')).toBeUndefined();
    expect(readCookie(undefined, 'nh_session')).toBeUndefined();
  });

  it('writes an httpOnly, SameSite=Lax session cookie, Secure when asked', () => {
    expect(sessionCookie('nh_session', 'x', { secure: false, maxAgeSeconds: 60 })).toBe(
      'nh_session=x; Path=/; HttpOnly; SameSite=Lax; Max-Age=60',
    );
    expect(sessionCookie('nh_session', 'x', { secure: true })).toContain('; Secure');
  });
});

describe('cursor', () => {
  it('round-trips and rejects garbage', () => {
    const id = '0b0f7f3a-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
    expect(decodeCursor(encodeCursor(['Åsa', id]), ['string', 'uuid'])).toEqual(['Åsa', id]);
    expect(decodeCursor(undefined, ['string', 'uuid'])).toBeNull();
    expect(() => decodeCursor('garbage', ['string', 'uuid'])).toThrow(/sidmarkör/);
    expect(() => decodeCursor(encodeCursor(['a']), ['string', 'uuid'])).toThrow();
    expect(() => decodeCursor(encodeCursor(['a', 'not-an-id']), ['string', 'uuid'])).toThrow(/sidmarkör/);
  });
});
