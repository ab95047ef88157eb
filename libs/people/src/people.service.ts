import { Inject, Injectable } from '@nestjs/common';
import { AccessService } from '@hub/access';
import {
  type Actor,
  decodeCursor,
  DomainError,
  DomainEvents,
  encodeCursor,
  HUB_CONFIG,
  type HubConfig,
  normalizeEmail,
  notFound,
  type Page,
  validation,
} from '@hub/core';
import { AuthService, checkPassword, hashToken, IdentityRepository, newToken, PasswordHasher } from '@hub/identity';
import type {
  CreatedPersonDto,
  CreatePersonDto,
  MeDto,
  MunicipalityDto,
  PeopleQueryDto,
  PersonDto,
  PersonSummaryDto,
  UpdateMeDto,
} from './people.dto';
import { PeopleRepository, type PersonRow } from './people.repository';

@Injectable()
export class PeopleService {
  constructor(
    private readonly repo: PeopleRepository,
    private readonly access: AccessService,
    private readonly identity: IdentityRepository,
    private readonly auth: AuthService,
    private readonly hasher: PasswordHasher,
    private readonly events: DomainEvents,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
  ) {}

  municipalities(): Promise<MunicipalityDto[]> {
    return this.repo.municipalities();
  }

  private async view(row: PersonRow, actor: Actor): Promise<PersonDto> {
    const self = row.id === actor.personId;
    const admin = actor.role === 'admin';
    return {
      id: row.id,
      name: row.name,
      email: self || admin || row.show_email ? row.email : null,
      phone: (self || admin || row.show_phone) && row.phone ? row.phone : null,
      title: row.title,
      bio: row.bio,
      languages: row.languages,
      role: row.role,
      external: row.role === 'guest',
      municipality: row.municipality,
      organisation: row.organisation,
      expertise: row.expertise,
      networks: await this.repo.networksOf(row.id, actor.personId, actor.role),
      disabled: row.disabled,
    };
  }

  async me(actor: Actor): Promise<MeDto> {
    const row = await this.repo.person(actor.personId);
    if (!row) throw notFound();
    return {
      ...(await this.view(row, actor)),
      showEmail: row.show_email,
      showPhone: row.show_phone,
      emailAddress: row.email,
      phoneNumber: row.phone,
    };
  }

  async updateMe(actor: Actor, dto: UpdateMeDto): Promise<MeDto> {
    if (dto.expertise) {
      const tags = dto.expertise.map((e) => e.tag.trim().toLocaleLowerCase('sv-SE'));
      const duplicate = tags.find((t, i) => tags.indexOf(t) !== i);
      if (duplicate) throw validation([{ field: 'expertise', message: `"${duplicate}" finns två gånger.` }]);
      if (tags.some((t) => t === '')) throw validation([{ field: 'expertise', message: 'En kompetens kan inte vara tom.' }]);
    }
    if (dto.name !== undefined && dto.name.trim() === '') throw validation([{ field: 'name', message: 'Namnet kan inte vara tomt.' }]);
    await this.repo.updateProfile(
      actor.personId,
      {
        name: dto.name?.trim(),
        title: dto.title?.trim(),
        bio: dto.bio,
        languages: dto.languages?.map((l) => l.trim()).filter(Boolean),
        phone: dto.phone?.trim(),
        show_email: dto.showEmail,
        show_phone: dto.showPhone,
      },
      dto.expertise?.map((e) => ({ ...e, tag: e.tag.trim() })),
    );
    return this.me(actor);
  }

  async person(actor: Actor, id: string): Promise<PersonDto> {
    await this.access.requirePerson(actor, id);
    const row = await this.repo.person(id.toLowerCase());
    if (!row || (row.disabled && actor.role !== 'admin')) throw notFound('Personen finns inte.');
    return this.view(row, actor);
  }

  async list(actor: Actor, query: PeopleQueryDto): Promise<Page<PersonSummaryDto>> {
    const limit = query.limit ?? 50;
    const after = decodeCursor(query.cursor, ['string', 'uuid']) as [string, string] | null;
    let municipalityId: string | undefined;
    if (query.municipality) {
      const m = await this.repo.municipalityByIdOrSlug(query.municipality);
      if (!m) throw validation([{ field: 'municipality', message: `Okänd kommun: "${query.municipality}".` }]);
      municipalityId = m.id;
    }
    let networkId: string | undefined;
    if (query.network) networkId = (await this.access.requireNetwork(actor, 'network.members.read', query.network)).id;
    const name = query.name?.trim();
    const rows = await this.repo.list({
      municipalityId,
      networkId,
      name: name || undefined,
      sharingWith: actor.role === 'guest' && !networkId ? actor.personId : undefined,
      includeDisabled: actor.role === 'admin' && query.includeDisabled === 'true',
      after,
      limit: limit + 1,
    });
    const items = rows.slice(0, limit).map((r) => ({ ...r, external: r.role === 'guest' }));
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.name, last.id]) : null };
  }

  /** The secretariat adds one person, with a first password or an invitation link. */
  async create(dto: CreatePersonDto, actorId: string | null): Promise<CreatedPersonDto & { personId: string }> {
    const email = normalizeEmail(dto.email);
    if (await this.repo.emailExists(email)) throw new DomainError('conflict', `Det finns redan en person med e-postadressen ${email}.`);
    let municipalityId: string | null = null;
    if (dto.municipality) {
      const m = await this.repo.municipalityByIdOrSlug(dto.municipality);
      if (!m) throw validation([{ field: 'municipality', message: `Okänd kommun: "${dto.municipality}".` }]);
      municipalityId = m.id;
    }
    if (dto.role === 'member' && !municipalityId)
      throw validation([{ field: 'municipality', message: 'En medlem tillhör en av de 11 kommunerna.' }]);
    if (dto.role === 'guest' && !dto.organisation?.trim())
      throw validation([{ field: 'organisation', message: 'Ange gästens organisation, t.ex. Region Skåne.' }]);
    // People who must sign in through their municipality get no password and no invitation link.
    const barred = await this.identity.passwordBarred(email);
    if (dto.password !== undefined) {
      if (barred) throw validation([{ field: 'password', message: `Personer på den här domänen loggar in med ${barred}, inte med lösenord.` }]);
      const problem = checkPassword(dto.password, { email });
      if (problem) throw validation([problem]);
    }
    const passwordHash = dto.password !== undefined ? await this.hasher.hash(dto.password) : null;
    let invitation: string | null = null;
    const personId = await this.repo.transaction(async (manager) => {
      const id = await this.repo.create(manager, {
        email,
        name: dto.name.trim(),
        role: dto.role,
        municipalityId: dto.role === 'guest' ? null : municipalityId,
        organisation: dto.role === 'guest' ? dto.organisation!.trim() : null,
        title: dto.title?.trim() ?? '',
      });
      if (passwordHash) await this.identity.setPassword(id, passwordHash, manager);
      else if (!barred) {
        invitation = newToken('');
        await this.identity.createInvitation(id, hashToken(invitation), 14, manager);
      }
      return id;
    });
    await this.events.record('audit', { action: 'person.created', actorId, subjectId: personId, detail: { role: dto.role } });
    const row = (await this.repo.person(personId))!;
    const person = await this.view(row, {
      personId: '00000000-0000-0000-0000-000000000000',
      role: 'admin',
      sessionId: null,
      tokenId: null,
    });
    return {
      personId,
      person,
      invitationUrl: invitation ? `${this.config.publicUrl}/inbjudan#${invitation}` : null,
    };
  }

  /** Disabling ends every session and token of the person in the same transaction. */
  async setDisabled(actor: Actor, id: string, disabled: boolean): Promise<void> {
    if (disabled && id === actor.personId) throw new DomainError('conflict', 'Du kan inte stänga av ditt eget konto.');
    await this.applyDisabled(id, disabled, { actorId: actor.personId });
  }

  /**
   * Disables or enables a person (the secretariat, or their municipality's directory over SCIM):
   * sessions and API tokens end in the same transaction, and every process drops its cached
   * sign-ins and sockets of the person (AuthCache, NOTIFY auth_changed). The directory cannot
   * enable someone the secretariat disabled: then nothing changes.
   */
  async applyDisabled(id: string, disabled: boolean, by: { actorId: string } | 'directory'): Promise<void> {
    const staged = this.events.batch();
    await this.repo.transaction(async (manager) => {
      const result = await this.repo.setDisabled(manager, id, disabled, by === 'directory' ? 'directory' : 'hub');
      if (result === 'missing') throw notFound('Personen finns inte.');
      if (result === 'kept') return;
      if (disabled) await this.identity.endEverything(id, manager);
      await staged.stage(manager, 'audit', {
        action: disabled ? 'person.disabled' : 'person.enabled',
        actorId: by === 'directory' ? null : by.actorId,
        subjectId: id,
        ...(by === 'directory' ? { detail: { source: 'scim' } } : {}),
      });
    });
    staged.publish();
    if (disabled) this.auth.forget(id);
  }
}
