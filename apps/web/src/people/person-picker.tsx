// Choose a person by searching as you type (GET /people/search): a combobox, never a list of everyone.
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { type Schemas, api, isUnavailable, unwrap } from '../api/client';
import { Combobox, useTypeahead } from '../shared/combobox';
import { useI18n } from '../shared/i18n';
import { ExternalBadge, useErrorText } from '../shared/ui';

type Hit = Schemas['PersonHitDto'];

function from(hit: Hit): string {
  return hit.municipality?.name ?? hit.organisation ?? '';
}

export function PersonPicker({
  value,
  onChange,
  label,
  error,
  id,
  required = true,
}: {
  value: string;
  onChange(personId: string): void;
  label: string;
  error?: string;
  /** A fixed id for the input (the error summary of useFormErrors links to it). */
  id?: string;
  required?: boolean;
}): ReactNode {
  const { t, tn } = useI18n();
  const errorText = useErrorText();
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<Hit | null>(null);
  const load = useCallback((q: string) => unwrap(api.GET('/api/v1/people/search', { params: { query: { q, limit: 10 } } })), []);
  const found = useTypeahead(text, load);

  // The form was reset after a successful add (value back to ''): start over.
  useEffect(() => {
    if (value === '' && chosen) {
      setChosen(null);
      setText('');
    }
  }, [value, chosen]);

  const hits = found.data?.hits ?? [];
  const showing = chosen === null || text !== chosen.name;
  const options = showing
    ? hits.map((h) => ({
        key: h.id,
        value: h,
        content: (
          <>
            <span className="option-name">{h.name}</span>
            {h.external && <ExternalBadge />}
            <span className="option-meta">{[h.title, from(h)].filter(Boolean).join(', ')}</span>
          </>
        ),
      }))
    : [];

  const chosenText = chosen
    ? t('picker.chosen', { name: `${chosen.name}${chosen.title ? ` – ${chosen.title}` : ''}${from(chosen) ? `, ${from(chosen)}` : ''}` })
    : '';
  let status = '';
  if (!showing) status = chosenText;
  else if (found.error) status = errorText(found.error);
  else if (found.data && showing)
    status = hits.length > 0 ? tn('picker.count', hits.length) : t('picker.none', { q: found.query });

  return (
    <div className="picker">
      <Combobox<Hit>
        label={label}
        hint={t('picker.hint')}
        error={error}
        id={id}
        required={required}
        value={text}
        onValueChange={(next) => {
          setText(next);
          if (chosen && next !== chosen.name) {
            setChosen(null);
            onChange('');
          }
        }}
        groups={[{ key: 'people', label: t('picker.group'), options }]}
        onChoose={(hit) => {
          setChosen(hit);
          setText(hit.name);
          onChange(hit.id);
        }}
        status={status}
        listLabel={t('picker.list')}
        note={
          <>
            {found.error ? (
              <p className={isUnavailable(found.error) ? 'message message-warn' : 'message message-error'}>{errorText(found.error)}</p>
            ) : null}
            <p className="picker-chosen">
              {chosen ? (
                <>
                  {chosenText}
                  {chosen.external && (
                    <>
                      {' '}
                      <ExternalBadge />
                    </>
                  )}
                </>
              ) : (
                t('picker.notChosen')
              )}
            </p>
          </>
        }
      />
    </div>
  );
}
