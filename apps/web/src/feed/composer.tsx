// The post composer: a textarea with a small markdown toolbar, a preview rendered by the hub, and
// mention autocomplete of the network's members. combobox.tsx is built around a one-line <input>
// with role="combobox", which a <textarea> may not take; so the textarea keeps its textbox role and
// uses the same listbox pattern (aria-autocomplete, aria-controls, aria-activedescendant, a polite
// count) and the same CSS. A picked mention shows as "@Namn" in the text and as a token under it;
// it is sent as @[Namn](person-id) (mentions.ts).
import { type FormEvent, type KeyboardEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { type Schemas, api, unwrap } from '../api/client';
import { useI18n } from '../shared/i18n';
import { type MentionRef, fromStored, mentionsIn, toStored } from './mentions';
import { ServerHtml } from '../shared/server-html';
import { type Attachment, AttachmentPicker, type ChosenDocument, chosenFrom } from '../documents/attachments';
import { Checkbox, ErrorMessage, ExternalBadge, fieldError, whereFrom } from '../shared/ui';

type Member = Schemas['MemberDto'];

export interface ComposerValue {
  body: string;
  announcement: boolean;
  requiresAck: boolean;
  /** The attached library documents (only when the composer offers attachments). */
  documentIds?: string[];
}

interface ComposerProps {
  /** Network id: for the preview's mentions and the member list. */
  networkId: string;
  label: string;
  submitLabel: string;
  initial?: string;
  /** Coordinators: the "Meddelande" and "Kräver bekräftelse" checkboxes. */
  canAnnounce?: boolean;
  autoFocus?: boolean;
  /** Saves; throws an ApiError to show. Resolves true to clear the composer. */
  onSubmit(value: ComposerValue): Promise<boolean>;
  onCancel?(): void;
  /** Polite announcements (a mention was added). */
  announce(text: string): void;
  /** Offer "Bifoga dokument" from the network's library (with the post's current attachments when editing). */
  attachments?: { initial?: readonly Attachment[]; max: number };
}

/** Lower case without diacritics: "Å" finds "Åsa" and "a" finds "Ängelholm" too. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The "@query" just before the caret, if the user is writing a mention. */
function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|[\s(])@([^\s@[\]()]{0,30}(?: [^\s@[\]()]{0,30})?)$/u.exec(before);
  if (!match) return null;
  const query = match[2] ?? '';
  return { start: caret - query.length - 1, query };
}

const MAX_SUGGESTIONS = 8;

export function Composer({
  networkId,
  label,
  submitLabel,
  initial = '',
  canAnnounce,
  autoFocus,
  onSubmit,
  onCancel,
  announce,
  attachments,
}: ComposerProps): ReactNode {
  const { t, tn } = useI18n();
  const id = useId();
  const textId = `${id}-text`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const listId = `${id}-mentions`;
  const previewId = `${id}-preview`;
  const ref = useRef<HTMLTextAreaElement>(null);
  const [start] = useState(() => fromStored(initial));
  const [body, setBody] = useState(start.text);
  const [caret, setCaret] = useState(start.text.length);
  // Everyone picked so far; those whose "@Namn" is still in the text are sent as mentions.
  const [picked, setPicked] = useState<MentionRef[]>(start.mentions);
  const mentioned = mentionsIn(body, picked);
  const stored = toStored(body, picked);
  const [announcement, setAnnouncement] = useState(false);
  const [requiresAck, setRequiresAck] = useState(false);
  const [chosen, setChosen] = useState<ChosenDocument[]>(() => chosenFrom(attachments?.initial));
  const [error, setError] = useState<unknown>(null);
  const [localError, setLocalError] = useState('');
  const [busy, setBusy] = useState(false);
  const [previewing, setPreviewing] = useState(false);
  const [preview, setPreview] = useState<{ html: string; error: unknown; loading: boolean }>({ html: '', error: null, loading: false });
  const [members, setMembers] = useState<Member[] | null>(null);
  const membersRequested = useRef(false);
  const [active, setActive] = useState(0);
  // The "@" the user closed the list for with Escape: it stays closed until another "@".
  const [dismissed, setDismissed] = useState<number | null>(null);
  const pendingSelection = useRef<[number, number] | null>(null);

  // After a toolbar edit or a chosen mention, put the caret (or selection) where it belongs.
  useEffect(() => {
    const range = pendingSelection.current;
    const el = ref.current;
    if (!range || !el) return;
    pendingSelection.current = null;
    el.focus();
    el.setSelectionRange(range[0], range[1]);
    setCaret(range[1]);
  }, [body]);

  const mention = mentionAt(body, caret);
  const open = mention !== null && mention.start !== dismissed;

  // The member list is loaded once, when the first "@" is typed.
  useEffect(() => {
    if (!open || membersRequested.current) return;
    membersRequested.current = true;
    unwrap(api.GET('/api/v1/networks/{id}/members', { params: { path: { id: networkId } } })).then(
      (result) => setMembers(result.items),
      () => setMembers([]),
    );
  }, [open, networkId]);

  const q = mention ? fold(mention.query.trim()) : '';
  const suggestions =
    open && members
      ? members
          .filter(
            (m) =>
              q === '' ||
              fold(m.person.name)
                .split(/\s+/)
                .some((word) => word.startsWith(q)) ||
              fold(m.person.name).startsWith(q),
          )
          .slice(0, MAX_SUGGESTIONS)
      : [];
  const listOpen = open && suggestions.length > 0;
  const activeIndex = Math.min(active, Math.max(suggestions.length - 1, 0));

  // The preview follows the text while it is shown (the hub renders it, mentions included).
  useEffect(() => {
    if (!previewing) return;
    if (body.trim() === '') {
      setPreview({ html: '', error: null, loading: false });
      return;
    }
    let live = true;
    setPreview((p) => ({ ...p, loading: true }));
    const timer = window.setTimeout(() => {
      unwrap(api.POST('/api/v1/markdown/preview', { body: { body: stored, network: networkId } })).then(
        (result) => live && setPreview({ html: result.html, error: null, loading: false }),
        (err: unknown) => live && setPreview({ html: '', error: err, loading: false }),
      );
    }, 250);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [previewing, body, stored, networkId]);

  const replace = (start: number, end: number, text: string, select: [number, number]): void => {
    pendingSelection.current = select;
    setBody(body.slice(0, start) + text + body.slice(end));
    setLocalError('');
  };

  const selection = (): [number, number] => {
    const el = ref.current;
    return el ? [el.selectionStart, el.selectionEnd] : [body.length, body.length];
  };

  const wrap = (mark: string, placeholder: string): void => {
    const [s, e] = selection();
    const chosen = body.slice(s, e) || placeholder;
    replace(s, e, `${mark}${chosen}${mark}`, [s + mark.length, s + mark.length + chosen.length]);
  };

  const list = (): void => {
    const [s, e] = selection();
    const lineStart = body.lastIndexOf('\n', s - 1) + 1;
    const lines = body.slice(lineStart, e).split('\n');
    const text = lines.map((line) => (line.startsWith('- ') ? line : `- ${line}`)).join('\n');
    replace(lineStart, e, text, [lineStart + text.length, lineStart + text.length]);
  };

  const link = (): void => {
    const [s, e] = selection();
    const chosen = body.slice(s, e) || t('composer.linkText');
    const text = `[${chosen}](https://)`;
    const urlStart = s + chosen.length + 3;
    replace(s, e, text, [urlStart, urlStart + 'https://'.length]);
  };

  const choose = (member: Member): void => {
    if (!mention) return;
    const text = `@${member.person.name} `;
    replace(mention.start, caret, text, [mention.start + text.length, mention.start + text.length]);
    setPicked((p) => [...p.filter((m) => m.name !== member.person.name), { name: member.person.name, id: member.person.id }]);
    setActive(0);
    announce(t('composer.mentionAdded', { name: member.person.name }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (!listOpen || event.nativeEvent.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setActive((activeIndex + 1) % suggestions.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setActive((activeIndex - 1 + suggestions.length) % suggestions.length);
        break;
      case 'Enter':
      case 'Tab': {
        const member = suggestions[activeIndex];
        if (member) {
          event.preventDefault();
          choose(member);
        }
        break;
      }
      case 'Escape':
        event.preventDefault();
        if (mention) setDismissed(mention.start);
        break;
    }
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setError(null);
    if (body.trim() === '') {
      setLocalError(t('composer.empty'));
      ref.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const clear = await onSubmit({
        body: stored,
        announcement: announcement || requiresAck,
        requiresAck,
        ...(attachments ? { documentIds: chosen.map((c) => c.id) } : {}),
      });
      if (clear) {
        setChosen([]);
        setBody('');
        setPicked([]);
        setCaret(0);
        setAnnouncement(false);
        setRequiresAck(false);
        setPreviewing(false);
        setDismissed(null);
      }
    } catch (err) {
      setError(err);
      ref.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  const bodyError = localError || fieldError(error, 'body');
  const status = !open
    ? ''
    : members === null
      ? t('common.loading')
      : suggestions.length > 0
        ? tn('composer.mentionCount', suggestions.length)
        : t('composer.mentionNone');

  return (
    <form className="composer" onSubmit={(e) => void submit(e)} noValidate>
      <ErrorMessage error={error} shownFields={['body']} />
      <div className="field">
        <label htmlFor={textId}>{label}</label>
        <p id={hintId} className="hint">
          {t('composer.hint')}
        </p>
        <div className="composer-toolbar" role="group" aria-label={t('composer.toolbar')}>
          <button type="button" className="button small" onClick={() => wrap('**', t('composer.boldText'))}>
            <strong aria-hidden="true">B</strong>
            <span className="visually-hidden">{t('composer.bold')}</span>
          </button>
          <button type="button" className="button small" onClick={() => wrap('_', t('composer.italicText'))}>
            <em aria-hidden="true">I</em>
            <span className="visually-hidden">{t('composer.italic')}</span>
          </button>
          <button type="button" className="button small" onClick={list}>
            {t('composer.list')}
          </button>
          <button type="button" className="button small" onClick={link}>
            {t('composer.link')}
          </button>
          <button
            type="button"
            className="button small"
            aria-pressed={previewing}
            aria-controls={previewing ? previewId : undefined}
            onClick={() => setPreviewing((p) => !p)}
          >
            {t('composer.preview')}
          </button>
        </div>
        <div className="composer-input">
          <textarea
            id={textId}
            ref={ref}
            rows={5}
            value={body}
            autoFocus={autoFocus}
            aria-describedby={[hintId, bodyError ? errorId : ''].filter(Boolean).join(' ')}
            aria-invalid={bodyError ? true : undefined}
            aria-autocomplete="list"
            aria-controls={listOpen ? listId : undefined}
            aria-activedescendant={listOpen ? `${listId}-${activeIndex}` : undefined}
            onChange={(e) => {
              const next = e.target.value;
              // A new "@" (or the closed one deleted) offers suggestions again, even at the same place.
              if (dismissed !== null && ((e.nativeEvent as InputEvent).data?.includes('@') || next[dismissed] !== '@')) setDismissed(null);
              setBody(next);
              setCaret(e.target.selectionStart);
              setLocalError('');
              setActive(0);
            }}
            onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
            onKeyDown={onKeyDown}
            onBlur={(e) => {
              if (!e.relatedTarget || !document.getElementById(listId)?.contains(e.relatedTarget)) {
                if (mention) setDismissed(mention.start);
              }
            }}
            onFocus={() => setDismissed(null)}
          />
          {listOpen && (
            <ul id={listId} role="listbox" aria-label={t('composer.mentions')} className="combobox-list mention-list">
              {suggestions.map((m, i) => (
                <li
                  key={m.person.id}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === activeIndex}
                  className={i === activeIndex ? 'combobox-option active' : 'combobox-option'}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(m)}
                >
                  <span className="option-name">{m.person.name}</span>
                  {m.person.external && <ExternalBadge />}
                  <span className="option-meta">{[m.person.title, whereFrom(m.person)].filter(Boolean).join(', ')}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        {mentioned.length > 0 && (
          <div className="mention-tokens">
            <span id={`${id}-mentioned`}>{t('composer.mentioned')}</span>
            <ul aria-labelledby={`${id}-mentioned`}>
              {mentioned.map((m) => (
                <li key={m.id} className="mention-token">
                  @{m.name}
                </li>
              ))}
            </ul>
          </div>
        )}
        {bodyError && (
          <p id={errorId} className="field-error">
            {bodyError}
          </p>
        )}
        <div role="status" className="visually-hidden">
          {status}
        </div>
      </div>
      {previewing && (
        <div id={previewId} className="preview" aria-labelledby={`${previewId}-h`} role="group">
          <p id={`${previewId}-h`} className="preview-title">
            {t('composer.previewTitle')}
          </p>
          {preview.error ? (
            <ErrorMessage error={preview.error} />
          ) : body.trim() === '' ? (
            <p className="empty">{t('composer.previewEmpty')}</p>
          ) : preview.loading && !preview.html ? (
            <p className="loading-inline">{t('common.loading')}</p>
          ) : (
            <ServerHtml html={preview.html} />
          )}
        </div>
      )}
      {attachments && <AttachmentPicker networkId={networkId} chosen={chosen} onChange={setChosen} max={attachments.max} announce={announce} />}
      {canAnnounce && (
        <div className="composer-options">
          <p id={`${id}-ann-hint`} className="hint">
            {t('composer.announcementHint')}
          </p>
          <Checkbox
            label={t('composer.announcement')}
            checked={announcement || requiresAck}
            describedBy={`${id}-ann-hint`}
            onChange={(v) => {
              setAnnouncement(v);
              if (!v) setRequiresAck(false);
            }}
          />
          <Checkbox
            label={t('composer.requiresAck')}
            checked={requiresAck}
            onChange={(v) => {
              setRequiresAck(v);
              if (v) setAnnouncement(true);
            }}
          />
        </div>
      )}
      <div className="actions">
        <button type="submit" className="button primary" aria-disabled={busy}>
          {busy ? t('composer.publishing') : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
