/** Reads one cookie from a Cookie header (no dependency: @fastify/cookie loads ESM at run time). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      const raw = part.slice(eq + 1).trim();
      try {
        return decodeURIComponent(raw);
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

export interface CookieOptions {
  maxAgeSeconds?: number;
  secure: boolean;
}

/** A Set-Cookie value for the session: httpOnly, SameSite=Lax, Path=/, Secure behind https. */
export function sessionCookie(name: string, value: string, options: CookieOptions): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, 'Path=/', 'HttpOnly', 'SameSite=Lax'];
  if (options.maxAgeSeconds !== undefined) parts.push(`Max-Age=${options.maxAgeSeconds}`);
  if (options.secure) parts.push('Secure');
  return parts.join('; ');
}

/**
 * True when `address` (an Origin header, or a Referer) is on the hub's own origin (PUBLIC_URL).
 * A hub on this machine is reached as localhost or 127.0.0.1 alike (same scheme and port).
 */
export function isOwnOrigin(address: string, publicUrl: string): boolean {
  try {
    const from = new URL(address);
    const own = new URL(publicUrl);
    if (from.origin === own.origin) return true;
    const loopback = (host: string): boolean => ['localhost', '127.0.0.1', '[::1]'].includes(host);
    return loopback(from.hostname) && loopback(own.hostname) && from.port === own.port && from.protocol === own.protocol;
  } catch {
    return false;
  }
}

/**
 * A state-changing request made with the session cookie must come from the hub's own pages: its
 * Origin, or its Referer when a browser sent no Origin, names PUBLIC_URL. Neither is refused too
 * (every browser sends Origin on POST, PUT, PATCH and DELETE; other clients use API tokens).
 */
export function sentFromOwnSite(headers: { origin?: string | string[]; referer?: string | string[] }, publicUrl: string): boolean {
  const origin = typeof headers.origin === 'string' ? headers.origin : undefined;
  if (origin !== undefined) return origin !== 'null' && isOwnOrigin(origin, publicUrl);
  const referer = typeof headers.referer === 'string' ? headers.referer : undefined;
  return referer !== undefined && isOwnOrigin(referer, publicUrl);
}
