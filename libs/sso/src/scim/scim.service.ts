import { Inject, Injectable } from '@nestjs/common';
import { patchBodyValidation, type ScimPatch, scimPatch, ScimError as PatchError, type ScimResource } from 'scim-patch';
import { isUuid } from '@hub/access';
import { DomainEvents, HUB_CONFIG, type HubConfig } from '@hub/core';
import { PeopleRepository, PeopleService } from '@hub/people';
import { emailDomain, type ProviderRow } from '../sso.repository';
import { ScimError } from './scim-error';
import { MalformedScimBody } from './scim-paths';
import { ScimRepository, type ScimWhere } from './scim.repository';
import { type DirectoryFields, type PersonForScim, LIST_SCHEMA, parseFilter, readUser, type ScimUser, toScimUser } from './scim-user';

const MAX_COUNT = 200;

export interface ScimList {
  schemas: [typeof LIST_SCHEMA];
  totalResults: number;
  startIndex: number;
  itemsPerPage: number;
  Resources: ScimUser[];
}

const notFound = (): ScimError => new ScimError(404, 'Användaren finns inte (eller hör inte till den här katalogens domäner).');

/**
 * SCIM 2.0 Users for one provider's directory (Entra ID's provisioning service is the client to be
 * compatible with). A directory sees and changes only people with an e-mail on its domains; it sets
 * name, e-mail, title and active, and its people belong to its municipality. Deactivation goes
 * through the people library's disabling, which ends sessions, tokens and sockets.
 */
@Injectable()
export class ScimService {
  constructor(
    private readonly repo: ScimRepository,
    private readonly peopleRepo: PeopleRepository,
    private readonly people: PeopleService,
    private readonly events: DomainEvents,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
  ) {}

  private get base(): string {
    return `${this.config.publicUrl}/scim/v2`;
  }

  async list(provider: ProviderRow, query: Record<string, unknown>): Promise<ScimList> {
    const where: ScimWhere = typeof query['filter'] === 'string' && query['filter'].trim() !== '' ? parseFilter(query['filter']) : null;
    const startIndex = positive(query['startIndex'], 1, 'startIndex');
    const count = Math.min(positive(query['count'], 100, 'count', true), MAX_COUNT);
    if (where?.attribute === 'id' && !isUuid(where.value)) return list(0, startIndex, []);
    const { total, rows } = await this.repo.page(provider.domains, where, startIndex - 1, count);
    return list(
      total,
      startIndex,
      rows.map((r) => toScimUser(r, this.base)),
    );
  }

  async get(provider: ProviderRow, id: string): Promise<ScimUser> {
    return toScimUser(await this.current(provider, id), this.base);
  }

  async create(provider: ProviderRow, body: unknown): Promise<ScimUser> {
    const fields = this.inScope(provider, readUser(body));
    const staged = this.events.batch();
    const { personId, revived } = await this.repo.transaction(async (manager) => {
      const existing = await this.repo.byEmail(fields.email, manager);
      if (existing && !existing.deleted)
        throw new ScimError(409, `Det finns redan en användare med userName ${fields.email}.`, 'uniqueness');
      if (existing) {
        await this.peopleRepo.updateFromDirectory(manager, existing.id, { ...fields, municipalityId: provider.municipalityId });
        await this.repo.manage(manager, existing.id, provider.id, fields.externalId);
        return { personId: existing.id, revived: true };
      }
      const id = await this.peopleRepo.create(manager, {
        email: fields.email,
        name: fields.name,
        role: 'member',
        municipalityId: provider.municipalityId,
        organisation: null,
        title: fields.title,
      });
      await this.repo.manage(manager, id, provider.id, fields.externalId);
      await staged.stage(manager, 'audit', {
        action: 'person.created',
        actorId: null,
        subjectId: id,
        detail: { role: 'member', source: 'scim', providerId: provider.id },
      });
      return { personId: id, revived: false };
    });
    staged.publish();
    // Search follows people by triggers; only a change of `active` has more to do.
    if (!fields.active || revived) await this.people.applyDisabled(personId, !fields.active, 'directory');
    return this.get(provider, personId);
  }

  async replace(provider: ProviderRow, id: string, body: unknown): Promise<ScimUser> {
    const current = await this.current(provider, id);
    return this.apply(provider, current.id, current.disabled, this.inScope(provider, readUser(body)));
  }

  async patch(provider: ProviderRow, id: string, body: unknown): Promise<ScimUser> {
    const current = await this.current(provider, id);
    const before = toScimUser(current, this.base);
    const request = normalizePatch(body);
    let patched: ScimUser;
    try {
      patchBodyValidation(request);
      // scim-patch types meta dates as Date; it copies them through untouched.
      patched = scimPatch(before as unknown as ScimResource, request.Operations, {
        mutateDocument: false,
        treatMissingAsAdd: true,
      }) as unknown as ScimUser;
    } catch (error) {
      if (error instanceof PatchError)
        throw new ScimError(400, `PATCH kunde inte tillämpas: ${error.message}`, scimTypeOf(error.scimCode ?? ''));
      throw error;
    }
    return this.apply(provider, current.id, current.disabled, this.inScope(provider, readUser(patched, before)));
  }

  /** The directory deleted the person: they are disabled in the hub (what they wrote stays), and the directory no longer sees them. */
  async remove(provider: ProviderRow, id: string): Promise<void> {
    const current = await this.current(provider, id);
    if (!current.disabled) await this.people.applyDisabled(current.id, true, 'directory');
    await this.repo.markDeleted(current.id, provider.id);
  }

  private async apply(provider: ProviderRow, personId: string, wasDisabled: boolean, fields: DirectoryFields): Promise<ScimUser> {
    await this.repo.transaction(async (manager) => {
      const other = await this.repo.byEmail(fields.email, manager);
      if (other && other.id !== personId)
        throw new ScimError(409, `Det finns redan en användare med userName ${fields.email}.`, 'uniqueness');
      await this.peopleRepo.updateFromDirectory(manager, personId, { ...fields, municipalityId: provider.municipalityId });
      await this.repo.manage(manager, personId, provider.id, fields.externalId);
    });
    if (fields.active === wasDisabled) await this.people.applyDisabled(personId, !fields.active, 'directory');
    return this.get(provider, personId);
  }

  private async current(provider: ProviderRow, id: string): Promise<PersonForScim> {
    if (!isUuid(id)) throw notFound();
    const row = await this.repo.one(provider.domains, id.toLowerCase());
    if (!row) throw notFound();
    return row;
  }

  private inScope(provider: ProviderRow, fields: DirectoryFields): DirectoryFields {
    if (!provider.domains.includes(emailDomain(fields.email))) {
      throw new ScimError(400, `${fields.email} hör inte till ${provider.name}s domäner (${provider.domains.join(', ')}).`, 'invalidValue');
    }
    return fields;
  }
}

function list(total: number, startIndex: number, resources: ScimUser[]): ScimList {
  return { schemas: [LIST_SCHEMA], totalResults: total, startIndex, itemsPerPage: resources.length, Resources: resources };
}

function positive(value: unknown, fallback: number, name: string, zeroAllowed = false): number {
  if (value === undefined || value === '') return fallback;
  if (typeof value !== 'string' || !/^\d{1,9}$/.test(value)) throw new ScimError(400, `${name} ska vara ett heltal.`, 'invalidValue');
  const n = Number(value);
  if (n < 1 && !(zeroAllowed && n === 0)) return zeroAllowed ? 0 : 1;
  return n;
}

/** Operation names in any case (Entra ID sends "Replace", "Add"). */
function normalizePatch(body: unknown): ScimPatch {
  if (body instanceof MalformedScimBody) throw new ScimError(400, 'Begärans innehåll är inte giltig JSON.', 'invalidSyntax');
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { Operations?: unknown }).Operations)) {
    throw new ScimError(400, 'En PATCH ska ha schemas och Operations (RFC 7644 §3.5.2).', 'invalidSyntax');
  }
  const request = body as ScimPatch;
  for (const op of request.Operations as Array<{ op?: unknown }>) {
    if (typeof op !== 'object' || op === null) throw new ScimError(400, 'Varje operation ska vara ett objekt.', 'invalidSyntax');
    if (typeof op.op === 'string') op.op = op.op.toLowerCase();
  }
  return request;
}

function scimTypeOf(code: string): 'invalidPath' | 'noTarget' | 'invalidValue' | 'invalidSyntax' {
  return code === 'invalidPath' || code === 'noTarget' || code === 'invalidValue' ? code : 'invalidSyntax';
}
