import { Inject, Injectable } from '@nestjs/common';
import { type Actor, type AuditDetail, DomainError, DomainEvents, HUB_CONFIG, type HubConfig, notFound, validation } from '@hub/core';
import { hashToken, newToken } from '@hub/identity';
import { PeopleRepository } from '@hub/people';
import type { CreatedScimTokenDto, CreateProviderDto, ProviderCheckDto, ProviderDto, UpdateProviderDto } from './sso.dto';
import { issuerProblem, OidcClient, ProviderUnreachable } from './oidc.client';
import { SecretBox } from './secret-box';
import { type ProviderRow, type ProviderWrite, SsoRepository } from './sso.repository';
import { CALLBACK_PATH } from './sso.service';

export const SCIM_TOKEN_PREFIX = 'scim_';

/** The secretariat's settings of each municipality's identity provider, and its SCIM tokens. */
@Injectable()
export class ProvidersService {
  constructor(
    private readonly repo: SsoRepository,
    private readonly oidc: OidcClient,
    private readonly secrets: SecretBox,
    private readonly people: PeopleRepository,
    private readonly events: DomainEvents,
    @Inject(HUB_CONFIG) private readonly config: HubConfig,
  ) {}

  /** The audit log's entry for a change of a provider (ids and settings, never the client secret). */
  private audit(actor: Actor, providerId: string, detail: AuditDetail): Promise<void> {
    return this.events.record('audit', { action: 'settings.changed', actorId: actor.personId, subjectId: providerId, detail: { area: 'identity-provider', ...detail } });
  }

  async list(): Promise<ProviderDto[]> {
    const rows = await this.repo.list();
    return Promise.all(rows.map((row) => this.view(row)));
  }

  async create(actor: Actor, dto: CreateProviderDto): Promise<ProviderDto> {
    const write = await this.validated(
      {
        municipality: dto.municipality,
        name: dto.name,
        issuer: dto.issuer,
        clientId: dto.clientId,
        clientSecret: dto.clientSecret,
        domains: dto.domains,
        ssoOnly: dto.ssoOnly,
        createPeople: dto.createPeople,
      },
      null,
    );
    const id = await this.repo.transaction((manager) => this.repo.create(manager, write));
    await this.audit(actor, id, { change: 'created', domains: write.domains.join(','), ssoOnly: write.ssoOnly, createPeople: write.createPeople });
    return this.view((await this.repo.byId(id))!);
  }

  async update(actor: Actor, id: string, dto: UpdateProviderDto): Promise<ProviderDto> {
    const current = await this.repo.byId(id);
    if (!current) throw notFound('Inloggningsleverantören finns inte.');
    const write = await this.validated(
      {
        municipality: dto.municipality ?? current.municipalityId,
        name: dto.name ?? current.name,
        issuer: dto.issuer ?? current.issuer,
        clientId: dto.clientId ?? current.clientId,
        clientSecret: dto.clientSecret ?? this.secrets.open(current.clientSecretEnc),
        domains: dto.domains ?? current.domains,
        ssoOnly: dto.ssoOnly ?? current.ssoOnly,
        createPeople: dto.createPeople ?? current.createPeople,
      },
      current,
    );
    await this.repo.transaction((manager) => this.repo.update(manager, id, write));
    this.oidc.forget(id);
    const fields = Object.entries(dto)
      .filter(([, value]) => value !== undefined)
      .map(([key]) => key)
      .sort();
    await this.audit(actor, id, { change: 'changed', fields: fields.join(','), domains: write.domains.join(','), ssoOnly: write.ssoOnly, createPeople: write.createPeople });
    return this.view((await this.repo.byId(id))!);
  }

  async remove(actor: Actor, id: string): Promise<void> {
    if (!(await this.repo.delete(id))) throw notFound('Inloggningsleverantören finns inte.');
    this.oidc.forget(id);
    await this.audit(actor, id, { change: 'removed' });
  }

  async test(id: string): Promise<ProviderCheckDto> {
    const provider = await this.repo.byId(id);
    if (!provider) throw notFound('Inloggningsleverantören finns inte.');
    return this.oidc.check(provider.issuer, provider.clientId, this.secrets.open(provider.clientSecretEnc));
  }

  async createScimToken(actor: Actor, providerId: string, name: string): Promise<CreatedScimTokenDto> {
    if (!(await this.repo.byId(providerId))) throw notFound('Inloggningsleverantören finns inte.');
    const token = newToken(SCIM_TOKEN_PREFIX);
    const row = await this.repo.createScimToken(providerId, name.trim(), hashToken(token), token.slice(0, 12));
    await this.events.record('audit', { action: 'token.created', actorId: actor.personId, subjectId: row.id, detail: { kind: 'scim', providerId } });
    return { ...row, token };
  }

  async deleteScimToken(actor: Actor, providerId: string, tokenId: string): Promise<void> {
    if (!(await this.repo.deleteScimToken(providerId, tokenId))) throw notFound('Token finns inte.');
    await this.events.record('audit', { action: 'token.revoked', actorId: actor.personId, subjectId: tokenId.toLowerCase(), detail: { kind: 'scim', providerId } });
  }

  private async view(row: ProviderRow): Promise<ProviderDto> {
    return {
      id: row.id,
      municipality: row.municipality,
      name: row.name,
      issuer: row.issuer,
      clientId: row.clientId,
      domains: row.domains,
      ssoOnly: row.ssoOnly,
      createPeople: row.createPeople,
      redirectUri: `${this.config.publicUrl}${CALLBACK_PATH}`,
      postLogoutRedirectUri: `${this.config.publicUrl}/logga-in`,
      scimUrl: `${this.config.publicUrl}/scim/v2`,
      scimTokens: await this.repo.scimTokens(row.id),
    };
  }

  /** Checks a whole provider setting; the issuer is read through discovery when it or the client changes. */
  private async validated(
    input: Omit<ProviderWrite, 'municipalityId' | 'clientSecretEnc'> & { municipality: string; clientSecret: string },
    current: ProviderRow | null,
  ): Promise<ProviderWrite> {
    const municipality = await this.people.municipalityByIdOrSlug(input.municipality);
    if (!municipality) throw validation([{ field: 'municipality', message: `Okänd kommun: "${input.municipality}".` }]);
    const issuer = input.issuer.trim();
    const problem = issuerProblem(issuer);
    if (problem) throw validation([{ field: 'issuer', message: problem }]);
    const domains = [...new Set(input.domains.map((d) => d.trim().toLowerCase()))];
    const taken = await this.repo.domainsTaken(domains, current?.id ?? null);
    if (taken.length > 0) {
      throw new DomainError(
        'conflict',
        `Domänen ${taken.join(', ')} hör redan till en annan inloggningsleverantör; en domän kan bara ha en.`,
      );
    }
    const changed = !current || current.issuer !== issuer || current.clientId !== input.clientId.trim();
    if (changed) {
      try {
        await this.oidc.discover(issuer, input.clientId.trim(), input.clientSecret);
      } catch (error) {
        const reason = error instanceof ProviderUnreachable ? error.reason : 'Okänt fel.';
        throw validation([{ field: 'issuer', message: `Utfärdaren kunde inte läsas genom OpenID discovery: ${reason}` }]);
      }
    }
    return {
      municipalityId: municipality.id,
      name: input.name.trim(),
      issuer,
      clientId: input.clientId.trim(),
      clientSecretEnc: this.secrets.seal(input.clientSecret),
      domains,
      ssoOnly: input.ssoOnly,
      createPeople: input.createPeople,
    };
  }
}
