// The one way a form reports its errors (the pattern of the Swedish and UK government design
// systems): required fields are checked before sending; each wrong field gets aria-invalid and its
// message tied by aria-describedby (TextField, SelectField, PersonPicker do that with `error`); an
// error summary at the top of the form takes focus and links to each field. A problem answered by
// the hub goes into the same summary: its per-field errors are tied to the fields shown, the rest
// (or the detail when there are none) is listed as text.
import { type MouseEvent, type ReactNode, type RefObject, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { useI18n } from './i18n';
import { useErrorText } from './ui';

/** One check before sending: the field is empty (or `invalid` is true) → `message` (or "… must be filled in"). */
export interface FieldRule {
  field: string;
  label: string;
  value?: string | null;
  /** Overrides the emptiness check: the field is wrong when this is true. */
  invalid?: boolean;
  message?: string;
}

interface SummaryItem {
  message: string;
  /** The id of the field to link to, when the field is on the form. */
  target?: string;
}

export interface FormErrors {
  /** Props for a field: its id (the summary links to it) and its error, from the checks or from the hub. */
  field(name: string, serverNames?: readonly string[]): { id: string; error: string | undefined };
  /** The message of one field, or undefined. */
  error(name: string): string | undefined;
  /** Runs the checks; on any failure shows the summary, focuses it and answers false. */
  check(rules: ReadonlyArray<FieldRule | false | null | undefined>): boolean;
  /** Shows what the hub answered (or any other failure) in the summary and focuses it. */
  fail(error: unknown): void;
  /** Clears everything (after a successful send, or before a new attempt). */
  clear(): void;
  /** True when something is shown. */
  readonly failed: boolean;
  /** @internal for ErrorSummary */
  readonly state: { local: ReadonlyMap<string, string>; server: unknown; attempt: number };
  /** @internal for ErrorSummary */
  readonly summaryRef: RefObject<HTMLDivElement | null>;
  /** @internal for ErrorSummary */
  readonly targets: ReadonlyMap<string, { id: string; serverNames: readonly string[] }>;
}

export function useFormErrors(): FormErrors {
  const { t } = useI18n();
  const prefix = useId();
  const [state, setState] = useState<{ local: ReadonlyMap<string, string>; server: unknown; attempt: number }>({ local: new Map(), server: null, attempt: 0 });
  const summaryRef = useRef<HTMLDivElement | null>(null);
  // Filled while rendering: which fields this form shows, so the summary can link to them.
  const targets = useRef(new Map<string, { id: string; serverNames: readonly string[] }>()).current;

  useEffect(() => {
    if (state.attempt > 0) summaryRef.current?.focus();
  }, [state.attempt]);

  const serverError = useCallback(
    (name: string): string | undefined => {
      if (!(state.server instanceof ApiError)) return undefined;
      const names = targets.get(name)?.serverNames ?? [name];
      for (const n of names) {
        const message = state.server.fieldError(n);
        if (message) return message;
      }
      return undefined;
    },
    [state.server, targets],
  );

  const error = useCallback((name: string) => state.local.get(name) ?? serverError(name), [state.local, serverError]);

  const field = useCallback(
    (name: string, serverNames: readonly string[] = [name]) => {
      const id = `${prefix}-${name.replace(/[^\w-]/g, '-')}`;
      targets.set(name, { id, serverNames });
      return { id, error: error(name) };
    },
    [prefix, targets, error],
  );

  const check = useCallback(
    (rules: ReadonlyArray<FieldRule | false | null | undefined>): boolean => {
      const local = new Map<string, string>();
      for (const rule of rules) {
        if (!rule || local.has(rule.field)) continue;
        const wrong = rule.invalid ?? !(rule.value ?? '').trim();
        if (wrong) local.set(rule.field, rule.message ?? t('form.required', { label: rule.label }));
      }
      setState((s) => ({ local, server: null, attempt: local.size > 0 ? s.attempt + 1 : s.attempt }));
      return local.size === 0;
    },
    [t],
  );

  const fail = useCallback((server: unknown) => setState((s) => ({ local: new Map(), server, attempt: s.attempt + 1 })), []);
  const clear = useCallback(() => setState((s) => ({ local: new Map(), server: null, attempt: s.attempt })), []);

  return useMemo(
    () => ({ field, error, check, fail, clear, failed: state.local.size > 0 || Boolean(state.server), state, summaryRef, targets }),
    [field, error, check, fail, clear, state, targets],
  );
}

/** The summary at the top of a form: a heading and a link to each wrong field. Focused when shown. */
export function ErrorSummary({ form }: { form: FormErrors }): ReactNode {
  const { t } = useI18n();
  const text = useErrorText();
  const headingId = useId();
  const { local, server } = form.state;
  if (local.size === 0 && !server) return null;

  const items: SummaryItem[] = [];
  let detail: string | undefined;
  if (local.size > 0) {
    for (const [name, message] of local) items.push({ message, target: form.targets.get(name)?.id });
  } else {
    const fieldErrors = server instanceof ApiError ? (server.problem.errors ?? []) : [];
    for (const e of fieldErrors) {
      const shown = [...form.targets.values()].find((f) => f.serverNames.includes(e.field));
      items.push({ message: shown ? e.message : `${e.field}: ${e.message}`, target: shown?.id });
    }
    if (items.length === 0) detail = text(server);
  }

  const focusField = (event: MouseEvent<HTMLAnchorElement>, id: string): void => {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'center' });
    target.focus();
  };

  return (
    <div className="error-summary" ref={form.summaryRef} tabIndex={-1} role="alert" aria-labelledby={headingId}>
      <h2 id={headingId} className="error-summary-title">
        {t('form.summaryTitle')}
      </h2>
      {detail && <p>{detail}</p>}
      {items.length > 0 && (
        <ul>
          {items.map((item) => (
            <li key={`${item.target ?? ''}${item.message}`}>
              {item.target ? (
                <a href={`#${item.target}`} onClick={(e) => focusField(e, item.target as string)}>
                  {item.message}
                </a>
              ) : (
                item.message
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
