/**
 * What the audit log records. Services announce an action with the `audit` domain event (see
 * `DomainEventMap`); `@hub/records` writes it to the append-only, hash-chained `audit_log`.
 * Entries carry ids, never names or e-mail addresses: the log cannot be changed, so it must hold
 * nothing an erasure would have to remove.
 */
export const AUDIT_ACTIONS = [
  'auth.signed_in',
  'auth.sign_in_failed',
  'token.created',
  'token.revoked',
  'person.created',
  'people.imported',
  'person.disabled',
  'person.enabled',
  'person.exported',
  'person.erased',
  'network.created',
  'network.changed',
  'network.archived',
  'network.legal_hold',
  'member.added',
  'member.removed',
  'member.role_changed',
  'join_request.approved',
  'join_request.rejected',
  'settings.changed',
  'document.downloaded',
  'retention.run',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Values of an entry's `detail`: plain facts (counts, roles, kinds, setting values), never personal data. */
export type AuditDetail = Record<string, string | number | boolean | null>;

export interface AuditEntry {
  readonly action: AuditAction;
  /** Who did it (null: the hub itself, or an unknown e-mail at sign-in). */
  readonly actorId: string | null;
  readonly networkId?: string | null;
  /** The person, token, request or document acted on. */
  readonly subjectId?: string | null;
  readonly ip?: string | null;
  readonly detail?: AuditDetail;
}
