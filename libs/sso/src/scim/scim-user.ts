import { ScimError } from './scim-error';
import { MalformedScimBody } from './scim-paths';

export const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

/** The SCIM User as the hub shows it (RFC 7643 §4.1), built from a person. */
export interface ScimUser {
  schemas: string[];
  id: string;
  externalId?: string;
  userName: string;
  name: { formatted: string; givenName?: string; familyName?: string };
  displayName: string;
  title: string;
  emails: Array<{ value: string; type: string; primary: boolean }>;
  active: boolean;
  meta: { resourceType: 'User'; created: string; lastModified: string; location: string };
  [key: string]: unknown;
}

export interface PersonForScim {
  id: string;
  email: string;
  name: string;
  title: string;
  disabled: boolean;
  externalId: string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
}

/** What a directory may set: the rest of a person (expertise, networks) stays the hub's own. */
export interface DirectoryFields {
  email: string;
  name: string;
  title: string;
  active: boolean;
  externalId: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const iso = (d: Date | string): string => new Date(d).toISOString();

export function toScimUser(p: PersonForScim, baseUrl: string): ScimUser {
  return {
    schemas: [USER_SCHEMA],
    id: p.id,
    ...(p.externalId ? { externalId: p.externalId } : {}),
    userName: p.email,
    name: { formatted: p.name },
    displayName: p.name,
    title: p.title,
    emails: [{ value: p.email, type: 'work', primary: true }],
    active: !p.disabled,
    meta: { resourceType: 'User', created: iso(p.createdAt), lastModified: iso(p.updatedAt), location: `${baseUrl}/Users/${p.id}` },
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/** Entra ID sends booleans as "True"/"False" strings in PATCH (before its 2020 fix): both are understood. */
export function scimBoolean(value: unknown, field: string): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
  throw new ScimError(400, `${field} ska vara true eller false.`, 'invalidValue');
}

function nameOf(body: Record<string, unknown>): string | undefined {
  const name = isObject(body['name']) ? body['name'] : {};
  return (
    str(body['displayName']) ??
    str(name['formatted']) ??
    (str([str(name['givenName']), str(name['familyName'])].filter(Boolean).join(' ')) || undefined)
  );
}

function emailOf(body: Record<string, unknown>): string | undefined {
  const emails = Array.isArray(body['emails']) ? body['emails'].filter(isObject) : [];
  const chosen =
    emails.find((e) => e['primary'] === true || e['primary'] === 'True' || e['primary'] === 'true') ??
    emails.find((e) => e['type'] === 'work') ??
    emails[0];
  return str(chosen?.['value']);
}

/**
 * Reads the directory's fields from a whole User (POST, PUT, or a PATCHed copy of the current one).
 * `previous` is the User before a PATCH: the name is taken from whichever name attribute changed.
 */
export function readUser(body: unknown, previous?: ScimUser): DirectoryFields {
  if (body instanceof MalformedScimBody) throw new ScimError(400, 'Begärans innehåll är inte giltig JSON.', 'invalidSyntax');
  if (!isObject(body)) throw new ScimError(400, 'Skicka en SCIM-användare som ett JSON-objekt.', 'invalidSyntax');
  const userName = str(body['userName']);
  if (!userName) throw new ScimError(400, 'userName saknas.', 'invalidValue');
  if (userName.length > 254) throw new ScimError(400, 'userName är för långt.', 'invalidValue');
  // userName is the hub's e-mail (Entra ID maps the user principal name to it); a userName that is
  // not an address falls back to the primary work e-mail.
  const email = (EMAIL.test(userName) ? userName : (emailOf(body) ?? userName)).toLowerCase();
  if (!EMAIL.test(email)) throw new ScimError(400, `"${email}" är ingen e-postadress.`, 'invalidValue');
  let name: string | undefined;
  if (previous) {
    const before = previous as unknown as Record<string, unknown>;
    const candidates: Array<[string | undefined, string | undefined]> = [
      [str(body['displayName']), str(before['displayName'])],
      [isObject(body['name']) ? str(body['name']['formatted']) : undefined, previous.name.formatted],
      [
        isObject(body['name'])
          ? [str(body['name']['givenName']), str(body['name']['familyName'])].filter(Boolean).join(' ') || undefined
          : undefined,
        [previous.name.givenName, previous.name.familyName].filter(Boolean).join(' ') || undefined,
      ],
    ];
    name = candidates.find(([after, prior]) => after !== undefined && after !== prior)?.[0] ?? previous.displayName;
  } else name = nameOf(body);
  if (!name) throw new ScimError(400, 'Namn saknas: skicka displayName eller name.', 'invalidValue');
  const title =
    body['title'] === undefined || body['title'] === null ? '' : typeof body['title'] === 'string' ? body['title'].trim() : undefined;
  if (title === undefined) throw new ScimError(400, 'title ska vara text.', 'invalidValue');
  const externalId = body['externalId'] === undefined || body['externalId'] === null ? null : str(body['externalId']);
  if (externalId === undefined) throw new ScimError(400, 'externalId ska vara text.', 'invalidValue');
  return {
    email,
    name: name.slice(0, 200),
    title: title.slice(0, 200),
    active: body['active'] === undefined ? true : scimBoolean(body['active'], 'active'),
    externalId: externalId?.slice(0, 300) ?? null,
  };
}

/** The filters Entra ID and Okta send: `attribute eq "value"` on userName, externalId, id or emails. */
export function parseFilter(filter: string): { attribute: 'userName' | 'externalId' | 'id' | 'email'; value: string } {
  const match = /^\s*([A-Za-z.[\]]+)\s+eq\s+"((?:[^"\\]|\\.)*)"\s*$/i.exec(filter);
  if (!match) throw new ScimError(400, 'Filtret stöds inte: använd till exempel userName eq "anna@landskrona.se".', 'invalidFilter');
  const attribute = match[1]!.toLowerCase();
  const value = match[2]!.replace(/\\(.)/g, '$1');
  if (attribute === 'username') return { attribute: 'userName', value };
  if (attribute === 'externalid') return { attribute: 'externalId', value };
  if (attribute === 'id') return { attribute: 'id', value };
  if (attribute === 'emails.value' || attribute === 'emails[type eq "work"].value') return { attribute: 'email', value };
  throw new ScimError(400, `Filter på ${match[1]} stöds inte; använd userName, externalId eller id.`, 'invalidFilter');
}
