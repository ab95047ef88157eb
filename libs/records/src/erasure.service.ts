import { Injectable, Logger } from '@nestjs/common';
import { type Actor, DomainError, DomainEvents, notFound, validation } from '@hub/core';
import { DocumentsService } from '@hub/documents';
import { Mailer } from '@hub/mail';
import type { ErasureItemDto, ErasurePlanDto } from './erasure.dto';
import { type AlwaysKind, ErasureRepository, FORMER_MEMBER } from './erasure.repository';
import { ERASURE_DEFAULTS, ERASURE_KINDS, type ErasureKind } from './rules';
import { RulesRepository } from './rules.repository';

const ALWAYS_LABELS: Record<AlwaysKind | 'profile' | 'mailFiles' | 'search', string> = {
  profile: 'Namn, e-postadress, telefon, presentation och titel (namnet visas som "Tidigare medlem")',
  expertise: 'Expertis',
  sessions: 'Inloggningar',
  apiTokens: 'API-token',
  calendarFeeds: 'Kalenderprenumerationer',
  notifications: 'Aviseringar',
  settings: 'Inställningar för aviseringar och mötespost',
  memberships: 'Medlemskap i nätverk',
  joinRequests: 'Förfrågningar om medlemskap',
  municipalityAccount: 'Kopplingen till kommunens inloggning och katalog (en ny inloggning därifrån blir ett nytt konto)',
  answers: 'Svar på möten, reaktioner och bekräftelser',
  mailFiles: 'Sparad e-post till personen',
  search: 'Personen i sökningen (texter de skrivit och som behålls söks under "Tidigare medlem")',
};

const HELD = 'Ligger i ett nätverk med rättslig spärr: inget gallras där förrän spärren hävs.';
/** Why content others wrote too is kept whatever the rule (only minutes are written together). */
const SHARED =
  'Andra har också skrivit i dem (eller så syns det inte vilka som skrivit, för anteckningar från innan det sparades): de är mötets gemensamma handling och behålls, med personen som "Tidigare medlem".';

/** The reason as the audit log keeps it: the person's name and e-mail address (any case) read as the placeholder. */
function reasonWithoutPerson(reason: string, person: { name: string; email: string }): string {
  const needles = [person.name.trim(), person.email.trim()].filter((n) => n.length > 0).sort((a, b) => b.length - a.length);
  if (needles.length === 0) return reason;
  const pattern = new RegExp(needles.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'giu');
  return reason.replace(pattern, FORMER_MEMBER);
}

/**
 * Erasure (GDPR art. 17) within the archive law: the person's personal data goes; what the
 * secretariat's rules keep as public records stays, pseudonymised. Irreversible; a dry run first
 * lists per kind what goes and what stays and why.
 */
@Injectable()
export class ErasureService {
  private readonly logger = new Logger('ErasureService');

  constructor(
    private readonly repo: ErasureRepository,
    private readonly rules: RulesRepository,
    private readonly documents: DocumentsService,
    private readonly mailer: Mailer,
    private readonly events: DomainEvents,
  ) {}

  async erase(actor: Actor, rawId: string, dryRun: boolean, reason: string | undefined): Promise<ErasurePlanDto> {
    const personId = rawId.toLowerCase();
    if (personId === actor.personId) throw new DomainError('conflict', 'Du kan inte radera ditt eget konto; be en annan administratör.');
    const person = await this.repo.person(personId);
    if (!person) throw notFound('Personen finns inte.');
    if (person.erased) throw new DomainError('conflict', 'Personen är redan raderad.');
    const keep = await this.rules.erasure();
    const plan = await this.plan(personId, person.email, keep);
    if (dryRun) return plan;

    const given = reason?.trim() ?? '';
    if (given.length < 10) throw validation([{ field: 'reason', message: 'Ange skälet till raderingen (minst 10 tecken).' }]);
    // The audit log is kept for years and cannot be changed: it must not name the person it erases.
    const why = reasonWithoutPerson(given, person);
    const remove = new Set(ERASURE_KINDS.filter((k) => !keep[k]));
    const staged = this.events.batch();
    const before = await this.repo.transaction(async (m) => {
      const erased = await this.repo.erase(m, personId, remove);
      if (!erased) throw new DomainError('conflict', 'Personen är redan raderad.');
      await staged.stage(m, 'audit', {
        action: 'person.erased',
        actorId: actor.personId,
        subjectId: personId,
        detail: {
          reason: why,
          ...Object.fromEntries(plan.removed.map((r) => [`removed.${r.kind}`, r.count])),
          ...sumByKind('kept', plan.kept),
        },
      });
      return erased;
    });
    staged.publish();
    this.mailer.removeFiles(this.mailer.filesTo(before.email));
    if (remove.has('documents') || remove.has('minutes')) {
      await this.documents
        .purgeExpired()
        .catch((err: unknown) =>
          this.logger.error({ err: err instanceof Error ? err.message : String(err) }, 'Erasure: documents left for the nightly purge'),
        );
    }
    return { ...plan, dryRun: false };
  }

  private async plan(personId: string, email: string, keep: Record<ErasureKind, boolean>): Promise<ErasurePlanDto> {
    const counts = await this.repo.counts(personId);
    const removed: ErasureItemDto[] = [
      { kind: 'profile', label: ALWAYS_LABELS.profile, count: 1 },
      ...(Object.keys(counts.always) as AlwaysKind[]).map((k) => ({ kind: k, label: ALWAYS_LABELS[k], count: counts.always[k] })),
      { kind: 'mailFiles', label: ALWAYS_LABELS.mailFiles, count: this.mailer.filesTo(email).length },
      { kind: 'search', label: ALWAYS_LABELS.search, count: 1 },
    ];
    const kept: ErasureItemDto[] = [];
    for (const kind of ERASURE_KINDS) {
      const { total, held, shared } = counts.content[kind];
      const { label, why } = ERASURE_DEFAULTS[kind];
      if (keep[kind]) {
        kept.push({ kind, label, count: total, why });
      } else {
        removed.push({ kind, label, count: total - held - shared });
        if (held > 0) kept.push({ kind, label, count: held, why: HELD });
        if (shared > 0) kept.push({ kind, label, count: shared, why: SHARED });
      }
    }
    return { personId, dryRun: true, removed, kept };
  }
}

/** `prefix.kind` → count, summed over the items of one kind (a kind may be kept for more than one reason). */
function sumByKind(prefix: string, items: readonly ErasureItemDto[]): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const { kind, count } of items) sums[`${prefix}.${kind}`] = (sums[`${prefix}.${kind}`] ?? 0) + count;
  return sums;
}
