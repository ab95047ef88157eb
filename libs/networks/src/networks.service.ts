import { Injectable } from '@nestjs/common';
import { AccessService, isUuid } from '@hub/access';
import { type Actor, DomainError, DomainEvents, forbidden, notFound, slugify, validation } from '@hub/core';
import type {
  AddMemberDto,
  CreateNetworkDto,
  JoinRequestDto,
  JoinResultDto,
  ManagedJoinRequestDto,
  MembersDto,
  NetworkDto,
  NetworkListQueryDto,
  NetworkSummaryDto,
  UpdateNetworkDto,
} from './networks.dto';
import { NetworksRepository, type NetworkRow } from './networks.repository';

@Injectable()
export class NetworksService {
  constructor(
    private readonly repo: NetworksRepository,
    private readonly access: AccessService,
    private readonly events: DomainEvents,
  ) {}

  private summary({ seesInside, ...row }: NetworkRow): NetworkSummaryDto {
    return { ...row, memberCount: seesInside ? row.memberCount : null };
  }

  async list(actor: Actor, query: NetworkListQueryDto): Promise<NetworkSummaryDto[]> {
    const rows = await this.repo.list(actor.personId, actor.role, query.scope ?? 'all', query.includeArchived === 'true');
    return rows.map((r) => this.summary(r));
  }

  async get(actor: Actor, idOrSlug: string): Promise<NetworkDto> {
    const facts = await this.access.requireNetwork(actor, 'network.read', idOrSlug);
    const row = await this.repo.one(facts, actor.personId, actor.role);
    const inside = facts.seesInside;
    return {
      ...this.summary(row),
      coverage: inside ? await this.repo.coverage(facts) : null,
      coordinators: inside ? (await this.repo.members(facts, true)).map((m) => m.person) : [],
      canManage: inside && facts.manages,
    };
  }

  async create(actor: Actor, dto: CreateNetworkDto): Promise<NetworkDto> {
    const name = dto.name.trim();
    if (name.length < 2) throw validation([{ field: 'name', message: 'Namnet måste ha minst 2 tecken.' }]);
    const slug = dto.slug ?? slugify(name);
    if (!slug) throw validation([{ field: 'name', message: 'Namnet måste innehålla bokstäver eller siffror.' }]);
    if (isUuid(slug)) throw validation([{ field: 'slug', message: 'Slug får inte se ut som ett id.' }]);
    if (await this.repo.nameTaken(name)) throw new DomainError('conflict', `Det finns redan ett nätverk som heter "${name}".`);
    if (await this.repo.slugTaken(slug))
      throw new DomainError('conflict', `Adressen "${slug}" används redan av ett annat nätverk; ange en annan slug.`);
    const id = await this.repo.create({ slug, name, description: dto.description ?? '', kind: dto.kind, visibility: dto.visibility });
    this.events.emit('network.changed', { networkId: id });
    await this.events.record('audit', {
      action: 'network.created',
      actorId: actor.personId,
      networkId: id,
      detail: { visibility: dto.visibility },
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, idOrSlug: string, dto: UpdateNetworkDto): Promise<NetworkDto> {
    const facts = await this.access.requireNetwork(actor, 'network.update', idOrSlug);
    const adminOnly = (['name', 'kind', 'visibility', 'archived'] as const).filter((k) => dto[k] !== undefined);
    if (actor.role !== 'admin' && adminOnly.length > 0) {
      throw forbidden(`Bara sekretariatet kan ändra ${adminOnly.join(', ')}; samordnare kan ändra beskrivningen.`);
    }
    if (dto.name !== undefined && dto.name.trim().length < 2)
      throw validation([{ field: 'name', message: 'Namnet måste ha minst 2 tecken.' }]);
    if (dto.name !== undefined && (await this.repo.nameTaken(dto.name.trim(), facts.id))) {
      throw new DomainError('conflict', `Det finns redan ett nätverk som heter "${dto.name.trim()}".`);
    }
    await this.repo.update(facts, {
      name: dto.name?.trim(),
      description: dto.description,
      kind: dto.kind,
      visibility: dto.visibility,
      archived: dto.archived,
    });
    this.events.emit('network.changed', { networkId: facts.id });
    const changed = (['name', 'description', 'kind', 'visibility', 'archived'] as const).filter((k) => dto[k] !== undefined);
    await this.events.record('audit', {
      action: dto.archived === true ? 'network.archived' : 'network.changed',
      actorId: actor.personId,
      networkId: facts.id,
      detail: { fields: changed.join(','), ...(dto.visibility ? { visibility: dto.visibility } : {}) },
    });
    return this.get(actor, facts.id);
  }

  async join(actor: Actor, idOrSlug: string, message: string): Promise<JoinResultDto> {
    const facts = await this.access.requireNetwork(actor, 'network.join', idOrSlug);
    if (facts.membership) return { status: 'already-member' };
    if (facts.visibility === 'open' || actor.role === 'admin') {
      const staged = this.events.batch();
      await this.repo.upsertMember(facts, actor.personId, 'member', actor.personId, (m) =>
        staged.stage(m, 'network.member.added', { networkId: facts.id, personId: actor.personId, role: 'member' }),
      );
      staged.publish();
      return { status: 'joined' };
    }
    // The coordinators' notifications are made in the request's own transaction (nothing lost to a restart).
    const staged = this.events.batch();
    const request = await this.repo.requestJoin(facts, actor.personId, message.trim(), (m, requestId) =>
      staged.stage(m, 'network.join.requested', { networkId: facts.id, personId: actor.personId, requestId }),
    );
    staged.publish();
    return { status: request.created ? 'requested' : 'already-requested' };
  }

  async members(actor: Actor, idOrSlug: string): Promise<MembersDto> {
    const facts = await this.access.requireNetwork(actor, 'network.members.read', idOrSlug);
    const [items, coverage] = await Promise.all([this.repo.members(facts), this.repo.coverage(facts)]);
    return { items, coverage };
  }

  async addMember(actor: Actor, idOrSlug: string, dto: AddMemberDto): Promise<MembersDto> {
    const facts = await this.access.requireNetwork(actor, 'network.members.manage', idOrSlug);
    if (dto.role === 'coordinator' && actor.role !== 'admin') throw forbidden('Samordnare utses av sekretariatet.');
    const person = await this.repo.personForMembership(dto.personId);
    if (!person || person.disabled) throw validation([{ field: 'personId', message: 'Personen finns inte eller är avstängd.' }]);
    if (dto.role === 'coordinator' && person.role === 'guest')
      throw validation([{ field: 'role', message: 'En extern gäst kan inte vara samordnare.' }]);
    const isCoordinator = (await this.repo.members(facts, true)).some((m) => m.person.id === dto.personId.toLowerCase());
    if (isCoordinator && dto.role === 'member' && actor.role !== 'admin')
      throw forbidden('Samordnare utses och entledigas av sekretariatet.');
    const wasMember = (await this.repo.members(facts)).some((m) => m.person.id === dto.personId.toLowerCase());
    const staged = this.events.batch();
    await this.repo.upsertMember(facts, dto.personId, dto.role, actor.personId, async (m) => {
      await staged.stage(m, 'network.member.added', { networkId: facts.id, personId: dto.personId, role: dto.role });
      await staged.stage(m, 'audit', {
        action: wasMember ? 'member.role_changed' : 'member.added',
        actorId: actor.personId,
        networkId: facts.id,
        subjectId: dto.personId.toLowerCase(),
        detail: { role: dto.role },
      });
    });
    staged.publish();
    return this.members(actor, facts.id);
  }

  async removeMember(actor: Actor, idOrSlug: string, personId: string): Promise<void> {
    const self = personId.toLowerCase() === actor.personId;
    const facts = await this.access.requireNetwork(actor, self ? 'network.leave' : 'network.members.manage', idOrSlug);
    if (!self && actor.role !== 'admin') {
      const target = (await this.repo.members(facts, true)).some((m) => m.person.id === personId);
      if (target) throw forbidden('Samordnare entledigas av sekretariatet.');
    }
    const staged = this.events.batch();
    const removed = await this.repo.removeMember(facts, personId, async (m) => {
      await staged.stage(m, 'network.member.removed', { networkId: facts.id, personId });
      if (!self)
        await staged.stage(m, 'audit', { action: 'member.removed', actorId: actor.personId, networkId: facts.id, subjectId: personId });
    });
    if (!removed) throw notFound('Personen är inte medlem i nätverket.');
    staged.publish();
  }

  async joinRequests(actor: Actor, idOrSlug: string): Promise<JoinRequestDto[]> {
    const facts = await this.access.requireNetwork(actor, 'network.joinRequests.manage', idOrSlug);
    return this.repo.pendingRequests(facts);
  }

  /** What waits for me: requests to join the networks I coordinate. */
  managedJoinRequests(actor: Actor): Promise<ManagedJoinRequestDto[]> {
    if (actor.role === 'guest') return Promise.resolve([]);
    return this.repo.pendingForManager(actor.personId, actor.role);
  }

  async decide(actor: Actor, idOrSlug: string, requestId: string, approve: boolean): Promise<void> {
    const facts = await this.access.requireNetwork(actor, 'network.joinRequests.manage', idOrSlug);
    if (approve) {
      const staged = this.events.batch();
      const personId = await this.repo.approve(facts, requestId, actor.personId, async (m, added) => {
        await staged.stage(m, 'network.member.added', { networkId: facts.id, personId: added, role: 'member' });
        await staged.stage(m, 'audit', { action: 'join_request.approved', actorId: actor.personId, networkId: facts.id, subjectId: added });
      });
      if (!personId) throw notFound('Förfrågan finns inte eller är redan besvarad.');
      staged.publish();
    } else if (!(await this.repo.reject(facts, requestId, actor.personId))) {
      throw notFound('Förfrågan finns inte eller är redan besvarad.');
    } else {
      await this.events.record('audit', { action: 'join_request.rejected', actorId: actor.personId, networkId: facts.id, detail: { requestId } });
    }
  }
}
