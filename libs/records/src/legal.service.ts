import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { type Actor, DomainEvents } from '@hub/core';
import type { LegalDto, UpdateLegalDto } from './legal.dto';
import { RETENTION_DEFAULTS, RETENTION_KINDS } from './rules';
import { RulesRepository } from './rules.repository';

const COLUMNS = {
  accessibilityEmail: 'accessibility_email',
  accessibilityPhone: 'accessibility_phone',
  accessibilityFormUrl: 'accessibility_form_url',
  accessibilityReviewedOn: 'accessibility_reviewed_on',
  accessibilityGaps: 'accessibility_gaps',
  privacyController: 'privacy_controller',
  privacyEmail: 'privacy_email',
  privacyPhone: 'privacy_phone',
  privacyDpoEmail: 'privacy_dpo_email',
} as const satisfies Record<keyof UpdateLegalDto, string>;

/** What the secretariat fills in on the accessibility statement and the privacy notice. */
@Injectable()
export class LegalService {
  constructor(
    private readonly db: DataSource,
    private readonly rules: RulesRepository,
    private readonly events: DomainEvents,
  ) {}

  async get(): Promise<LegalDto> {
    const [row] = (await this.db.query(
      `SELECT accessibility_email, accessibility_phone, accessibility_form_url, to_char(accessibility_reviewed_on, 'YYYY-MM-DD') AS reviewed,
              accessibility_gaps, privacy_controller, privacy_email, privacy_phone, privacy_dpo_email FROM legal_settings`,
    )) as Array<Record<string, string> & { accessibility_gaps: string[] }>;
    const days = await this.rules.retention();
    return {
      accessibility: {
        email: row!['accessibility_email']!,
        phone: row!['accessibility_phone']!,
        formUrl: row!['accessibility_form_url']!,
        reviewedOn: row!['reviewed']!,
        gaps: row!.accessibility_gaps,
      },
      privacy: {
        controller: row!['privacy_controller']!,
        email: row!['privacy_email']!,
        phone: row!['privacy_phone']!,
        dpoEmail: row!['privacy_dpo_email']!,
        retention: RETENTION_KINDS.map((k) => ({ label: RETENTION_DEFAULTS[k].label, days: days[k] })),
      },
    };
  }

  async update(actor: Actor, dto: UpdateLegalDto): Promise<LegalDto> {
    const entries = (Object.keys(COLUMNS) as Array<keyof UpdateLegalDto>)
      .filter((k) => dto[k] !== undefined)
      .map((k) => [COLUMNS[k], k === 'accessibilityGaps' ? dto.accessibilityGaps!.map((g) => g.trim()) : String(dto[k]).trim()] as const);
    if (entries.length > 0) {
      await this.db.query(
        `UPDATE legal_settings SET ${entries.map(([column], i) => `${column} = $${i + 2}`).join(', ')}, updated_at = now(), updated_by = $1`,
        [actor.personId, ...entries.map(([, v]) => v)],
      );
      await this.events.record('audit', {
        action: 'settings.changed',
        actorId: actor.personId,
        detail: { area: 'legal', fields: entries.map(([c]) => c).join(',') },
      });
    }
    return this.get();
  }
}
