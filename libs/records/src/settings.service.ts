import { Injectable } from '@nestjs/common';
import { type Actor, DomainEvents, type FieldError, validation } from '@hub/core';
import { AccessService } from '@hub/access';
import { DocumentsService } from '@hub/documents';
import { RetentionRepository } from './retention.repository';
import { ERASURE_DEFAULTS, ERASURE_KINDS, RETENTION_DEFAULTS, RETENTION_KINDS } from './rules';
import { RulesRepository } from './rules.repository';
import type { LegalHoldRequestDto, RecordsSettingsDto, UpdateRecordsSettingsDto } from './settings.dto';

/** The secretariat's retention and erasure rules and legal holds. */
@Injectable()
export class RecordsSettingsService {
  constructor(
    private readonly rules: RulesRepository,
    private readonly retention: RetentionRepository,
    private readonly documents: DocumentsService,
    private readonly access: AccessService,
    private readonly events: DomainEvents,
  ) {}

  async get(): Promise<RecordsSettingsDto> {
    const [days, keep, legalHolds] = await Promise.all([this.rules.retention(), this.rules.erasure(), this.retention.holds()]);
    return {
      retention: RETENTION_KINDS.map((kind) => {
        const d = RETENTION_DEFAULTS[kind];
        return { kind, label: d.label, days: days[kind], defaultDays: d.days, minDays: d.min, why: d.why };
      }),
      erasure: ERASURE_KINDS.map((kind) => {
        const d = ERASURE_DEFAULTS[kind];
        return { kind, label: d.label, keep: keep[kind], defaultKeep: d.keep, why: d.why };
      }),
      legalHolds,
    };
  }

  async update(actor: Actor, dto: UpdateRecordsSettingsDto): Promise<RecordsSettingsDto> {
    const { deleted_documents: deletedDocuments, ...days } = dto.retention ?? {};
    const errors: FieldError[] = [];
    for (const kind of RETENTION_KINDS) {
      const value = dto.retention?.[kind];
      const { min, label } = RETENTION_DEFAULTS[kind];
      if (value !== undefined && value < min) errors.push({ field: `retention.${kind}`, message: `${label}: minst ${min} dagar.` });
    }
    if (deletedDocuments !== undefined && deletedDocuments > 3650)
      errors.push({ field: 'retention.deleted_documents', message: 'Borttagna dokument: högst 3650 dagar.' });
    if (errors.length > 0) throw validation(errors);
    await this.rules.setRetention(actor.personId, days);
    if (deletedDocuments !== undefined) await this.documents.updateSettings(actor, { retentionDays: deletedDocuments });
    await this.rules.setErasure(actor.personId, dto.erasure ?? {});
    const changed = {
      ...Object.fromEntries(Object.entries(days).map(([k, v]) => [`retention.${k}`, v])),
      ...Object.fromEntries(Object.entries(dto.erasure ?? {}).map(([k, v]) => [`erasure.${k}`, v])),
    } as Record<string, number | boolean>;
    if (Object.keys(changed).length > 0)
      await this.events.record('audit', { action: 'settings.changed', actorId: actor.personId, detail: { area: 'records', ...changed } });
    return this.get();
  }

  async setLegalHold(actor: Actor, networkIdOrSlug: string, dto: LegalHoldRequestDto): Promise<RecordsSettingsDto> {
    const network = await this.access.requireNetwork(actor, 'network.update', networkIdOrSlug);
    await this.retention.setHold(network.id, dto.hold, dto.reason?.trim() ?? '');
    await this.events.record('audit', { action: 'network.legal_hold', actorId: actor.personId, networkId: network.id, detail: { hold: dto.hold } });
    return this.get();
  }
}
