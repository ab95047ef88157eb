// Shared accessible building blocks: headings, fields tied to their errors, status and errors.
import { type ButtonHTMLAttributes, type ChangeEvent, type ReactNode, useCallback, useEffect, useId } from 'react';
import { ApiError, toApiError, type Schemas } from '../api/client';
import { useI18n } from './i18n';
import { Link } from './router';

export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Nätverkshubben`;
  }, [title]);
}

/** The page's one h1; focus moves here after in-app navigation (see Layout). */
export function PageHeading({ children }: { children: ReactNode }): ReactNode {
  return (
    <h1 id="page-heading" tabIndex={-1}>
      {children}
    </h1>
  );
}

export function Page({ title, heading, children }: { title: string; heading?: ReactNode; children?: ReactNode }): ReactNode {
  usePageTitle(title);
  return (
    <>
      <PageHeading>{heading ?? title}</PageHeading>
      {children}
    </>
  );
}

export function useErrorText(): (error: unknown) => string {
  const { t } = useI18n();
  return useCallback(
    (error: unknown) => {
      const e = error instanceof ApiError ? error : toApiError(error);
      if (e.problem.code === 'network') return t('error.network');
      if (e.problem.code === 'unknown' || !e.problem.detail) return t('error.unknown', { status: e.problem.status });
      return e.problem.detail + (e.problem.errorId ? ` (${t('error.id')}: ${e.problem.errorId})` : '');
    },
    [t],
  );
}

/** A clear error message (role=alert). Field errors whose field is not shown are listed here too. */
export function ErrorMessage({ error, shownFields = [] }: { error: unknown; shownFields?: readonly string[] }): ReactNode {
  const text = useErrorText();
  if (!error) return null;
  const other = error instanceof ApiError ? (error.problem.errors ?? []).filter((e) => !shownFields.includes(e.field)) : [];
  return (
    <div className="message message-error" role="alert">
      <p>{text(error)}</p>
      {other.length > 0 && (
        <ul>
          {other.map((e) => (
            <li key={e.field + e.message}>
              {e.field}: {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiError ? error.fieldError(field) : undefined;
}

/** A polite live region that is always in the DOM, so changes are announced. */
export function Status({ children, className }: { children?: ReactNode; className?: string }): ReactNode {
  return (
    <div role="status" className={children ? `message message-ok ${className ?? ''}` : 'visually-hidden'}>
      {children}
    </div>
  );
}

export function Loading({ label }: { label?: string }): ReactNode {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}

interface FieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  hint?: string;
  type?: 'text' | 'email' | 'password' | 'tel' | 'number' | 'search' | 'date' | 'time' | 'url';
  required?: boolean;
  autoComplete?: string;
  name?: string;
  multiline?: boolean;
  inputMode?: 'numeric' | 'text' | 'email';
  className?: string;
  autoFocus?: boolean;
  /** A fixed id (the error summary of useFormErrors links to it). */
  id?: string;
}

export function TextField({ label, value, onChange, error, hint, type = 'text', required, autoComplete, name, multiline, inputMode, className, autoFocus, id: fixedId }: FieldProps): ReactNode {
  const ownId = useId();
  const id = fixedId ?? ownId;
  const { t } = useI18n();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name,
    value,
    required,
    autoFocus,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value),
  };
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required"> ({t('common.required')})</span>}
      </label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {multiline ? <textarea rows={4} {...common} /> : <input type={type} autoComplete={autoComplete} inputMode={inputMode} {...common} />}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

export function SelectField({
  label,
  value,
  onChange,
  options,
  error,
  required,
  hint,
  id: fixedId,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  options: ReadonlyArray<{ value: string; label: string }>;
  error?: string;
  required?: boolean;
  hint?: string;
  id?: string;
}): ReactNode {
  const ownId = useId();
  const id = fixedId ?? ownId;
  const { t } = useI18n();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required && <span className="required"> ({t('common.required')})</span>}
      </label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <select id={id} value={value} required={required} aria-invalid={error ? true : undefined} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

export function Checkbox({ label, checked, onChange, describedBy }: { label: string; checked: boolean; onChange(checked: boolean): void; describedBy?: string }): ReactNode {
  const id = useId();
  return (
    <div className="checkbox">
      <input id={id} type="checkbox" checked={checked} aria-describedby={describedBy} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** A green dot with "online" for screen readers (the dot itself is hidden from them). */
export function OnlineMarker(): ReactNode {
  const { t } = useI18n();
  return (
    <span className="online-marker" data-online="true">
      <span className="online-dot" aria-hidden="true" />
      <span className="visually-hidden">{t('presence.online')}</span>
    </span>
  );
}

export function ExternalBadge(): ReactNode {
  const { t } = useI18n();
  return <span className="badge badge-external">{t('people.external')}</span>;
}

type Summary = Schemas['PersonSummaryDto'];

/** "Helsingborg" or, for guests, their organisation. */
export function whereFrom(person: Pick<Summary, 'municipality' | 'organisation'>): string {
  return person.municipality?.name ?? person.organisation ?? '';
}

export function roleKey(role: 'member' | 'coordinator'): 'network.role.member' | 'network.role.coordinator' {
  return role === 'coordinator' ? 'network.role.coordinator' : 'network.role.member';
}

/**
 * A wide table's frame: it scrolls sideways inside itself (narrow screens), so it is a named,
 * focusable region the keyboard can scroll. Named by `label` or by the element `labelledBy` names.
 */
export function TableRegion({ label, labelledBy, children }: { label?: string; labelledBy?: string; children: ReactNode }): ReactNode {
  return (
    <div className="table-wrap" role="region" tabIndex={0} aria-label={labelledBy ? undefined : label} aria-labelledby={labelledBy}>
      {children}
    </div>
  );
}

/** Links to the sections of a long page (`#id` of each section's heading), or to a page of its own (`to`). */
export function InPageNav({ label, links }: { label: string; links: ReadonlyArray<{ href: `#${string}`; text: string } | { to: string; text: string }> }): ReactNode {
  return (
    <nav aria-label={label} className="in-page">
      <ul>
        {links.map((link) => (
          <li key={'href' in link ? link.href : link.to}>{'href' in link ? <a href={link.href}>{link.text}</a> : <Link to={link.to}>{link.text}</Link>}</li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * A button for something that cannot be undone: it asks `question` (the browser's own confirm
 * dialog, which every assistive technology reads) and runs `onConfirm` only after a yes. While
 * `aria-disabled`, a press does nothing (the button stays focusable and says why elsewhere).
 */
export function ConfirmButton({
  question,
  onConfirm,
  children,
  ...button
}: Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onClick' | 'type'> & { question: string; onConfirm(): unknown; children: ReactNode }): ReactNode {
  return (
    <button
      type="button"
      {...button}
      onClick={() => {
        const off = button['aria-disabled'];
        if (off === true || off === 'true') return;
        if (window.confirm(question)) void onConfirm();
      }}
    >
      {children}
    </button>
  );
}
