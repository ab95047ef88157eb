// Library documents attached to posts and chat messages: the picker ("Bifoga dokument", a combobox
// over the network's library, chosen documents as removable chips) and the list under a post or message.
import { type ReactNode, useCallback, useId, useRef, useState } from 'react';
import { type Schemas, api, unwrap } from '../api/client';
import { Combobox, useTypeahead } from '../shared/combobox';
import { documentPath, kindLabel, useFormat } from './documents';
import { useI18n } from '../shared/i18n';
import { Link } from '../shared/router';
import { useErrorText } from '../shared/ui';

export type Attachment = Schemas['AttachmentDto'];

/** What the picker keeps for a chosen document. */
export interface ChosenDocument {
  id: string;
  title: string;
  kind: string;
  size: number;
}

/** The available attachments of a post or message, as chosen documents (for editing). */
export function chosenFrom(attachments: readonly Attachment[] | undefined): ChosenDocument[] {
  return (attachments ?? []).flatMap((a) => (a.available && a.title ? [{ id: a.id, title: a.title, kind: a.kind ?? '', size: a.size ?? 0 }] : []));
}

/** "Bifoga dokument": a button that opens a combobox over the network's library; chips to remove. */
export function AttachmentPicker({
  networkId,
  chosen,
  onChange,
  max,
  announce,
}: {
  networkId: string;
  chosen: readonly ChosenDocument[];
  onChange(next: ChosenDocument[]): void;
  max: number;
  announce(text: string): void;
}): ReactNode {
  const { t, tn } = useI18n();
  const format = useFormat();
  const errorText = useErrorText();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const load = useCallback(
    (q: string) => unwrap(api.GET('/api/v1/networks/{id}/documents', { params: { path: { id: networkId }, query: { limit: 20, ...(q ? { q } : {}) } } })),
    [networkId],
  );
  const found = useTypeahead(text, load, open ? 0 : Number.MAX_SAFE_INTEGER);
  const taken = new Set(chosen.map((c) => c.id));
  const documents = open ? (found.data?.documents ?? []).filter((d) => !taken.has(d.id)) : [];
  const full = chosen.length >= max;

  let status = '';
  if (open && found.error) status = errorText(found.error);
  else if (open && found.data) status = documents.length > 0 ? tn('attach.count', documents.length) : t('attach.none');

  const remove = (doc: ChosenDocument, index: number): void => {
    const next = chosen.filter((c) => c.id !== doc.id);
    onChange(next);
    announce(t('attach.removed', { title: doc.title }));
    // Focus the next chip's button, or the previous one, or the "Bifoga dokument" button.
    window.setTimeout(() => {
      const buttons = document.querySelectorAll<HTMLButtonElement>(`[data-chips="${id}"] button`);
      const target = buttons[Math.min(index, buttons.length - 1)] ?? buttonRef.current ?? inputRef.current;
      target?.focus();
    }, 0);
  };

  return (
    <div className="attach-picker">
      {chosen.length > 0 && (
        <ul className="attach-chips" aria-label={t('attach.chosen')} data-chips={id}>
          {chosen.map((doc, i) => (
            <li key={doc.id} className="attach-chip">
              <span>
                {doc.title} <span className="option-meta">({[doc.kind ? kindLabel(doc.kind) : '', format.bytes(doc.size)].filter(Boolean).join(', ')})</span>
              </span>
              <button type="button" className="button small" aria-label={t('attach.remove', { title: doc.title })} onClick={() => remove(doc, i)}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {!open ? (
        <button
          ref={buttonRef}
          type="button"
          className="button small"
          aria-disabled={full || undefined}
          onClick={() => {
            if (full) {
              announce(t('attach.max', { max }));
              return;
            }
            setOpen(true);
            window.setTimeout(() => inputRef.current?.focus(), 0);
          }}
        >
          {t('attach.button')}
        </button>
      ) : (
        <div className="attach-search">
          <Combobox<ChosenDocument>
            label={t('attach.pickerLabel')}
            hint={t('attach.pickerHint', { max })}
            value={text}
            onValueChange={setText}
            inputRef={inputRef}
            groups={[
              {
                key: 'docs',
                label: t('attach.library'),
                options: documents.map((d) => ({
                  key: d.id,
                  value: { id: d.id, title: d.title, kind: d.kind, size: d.size },
                  content: (
                    <>
                      <span className="option-name">{d.title}</span>
                      <span className="option-meta">{`${kindLabel(d.kind)}, ${format.bytes(d.size)}`}</span>
                    </>
                  ),
                })),
              },
            ]}
            onChoose={(doc) => {
              if (chosen.length >= max) {
                announce(t('attach.max', { max }));
                return;
              }
              onChange([...chosen, doc]);
              setText('');
              announce(t('attach.added', { title: doc.title }));
              if (chosen.length + 1 >= max) {
                setOpen(false);
                window.setTimeout(() => buttonRef.current?.focus(), 0);
              }
            }}
            status={status}
            listLabel={t('attach.library')}
          />
          <button
            type="button"
            className="button small"
            onClick={() => {
              setOpen(false);
              setText('');
              window.setTimeout(() => buttonRef.current?.focus(), 0);
            }}
          >
            {t('attach.done')}
          </button>
        </div>
      )}
    </div>
  );
}

/** The attachments under a post or message: links with type and size, or "not available". */
export function AttachmentList({ attachments }: { attachments: readonly Attachment[] | undefined }): ReactNode {
  const { t } = useI18n();
  const format = useFormat();
  if (!attachments || attachments.length === 0) return null;
  return (
    <ul className="attachments" aria-label={t('attach.list')}>
      {attachments.map((a) => (
        <li key={a.id} className="attachment">
          {a.available && a.title ? (
            <>
              <Link to={documentPath(a.id)}>{a.title}</Link>{' '}
              <span className="meta">
                ({[a.kind ? kindLabel(a.kind) : '', a.size !== null ? format.bytes(a.size) : ''].filter(Boolean).join(', ')})
              </span>
            </>
          ) : (
            <span className="empty">{t('attach.unavailable')}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
