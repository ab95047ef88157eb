// The search box in the header: instant suggestions (people, networks, documents) as a combobox; Enter without
// a chosen suggestion goes to the search page.
import { type FormEvent, type ReactNode, useCallback, useState } from 'react';
import { type Schemas, api, isUnavailable, unwrap } from '../api/client';
import { type ComboGroup, Combobox, useTypeahead } from '../shared/combobox';
import { documentPath, kindLabel } from '../documents/document-links';
import { useI18n } from '../shared/i18n';
import { navigate } from '../shared/router';
import { ExternalBadge, useErrorText } from '../shared/ui';

type Suggestion =
  | { kind: 'person'; person: Schemas['SuggestPersonDto'] }
  | { kind: 'network'; network: Schemas['SuggestNetworkDto'] }
  | { kind: 'document'; document: Schemas['SuggestDocumentDto'] };

export function searchPath(q: string, typ?: 'personer' | 'natverk' | 'inlagg' | 'dokument' | 'chatt' | 'moten'): string {
  const params = new URLSearchParams({ q });
  if (typ) params.set('typ', typ);
  return `/sok?${params.toString()}`;
}

export function GlobalSearch(): ReactNode {
  const { t, tn, list } = useI18n();
  const errorText = useErrorText();
  const [text, setText] = useState('');
  const load = useCallback((q: string) => unwrap(api.GET('/api/v1/search/suggest', { params: { query: { q } } })), []);
  const found = useTypeahead(text, load);

  const people = found.data?.people ?? [];
  const networks = found.data?.networks ?? [];
  const documents = found.data?.documents ?? [];
  const groups: Array<ComboGroup<Suggestion>> = [
    {
      key: 'people',
      label: t('search.groupPeople'),
      options: people.map((p) => ({
        key: `p-${p.id}`,
        value: { kind: 'person', person: p },
        content: (
          <>
            <span className="option-name">
              {p.name}
              {p.external && (
                <>
                  {' '}
                  <ExternalBadge />
                </>
              )}
            </span>
            <span className="option-meta">{[p.title, p.municipality].filter(Boolean).join(', ')}</span>
          </>
        ),
      })),
    },
    {
      key: 'networks',
      label: t('search.groupNetworks'),
      options: networks.map((n) => ({
        key: `n-${n.id}`,
        value: { kind: 'network', network: n },
        content: <span className="option-name">{n.name}</span>,
      })),
    },
    {
      key: 'documents',
      label: t('search.groupDocuments'),
      options: documents.map((d) => ({
        key: `d-${d.id}`,
        value: { kind: 'document', document: d },
        content: (
          <>
            <span className="option-name">{d.title}</span>
            <span className="option-meta">{`${kindLabel(d.kind)}, ${d.networkName}`}</span>
          </>
        ),
      })),
    },
  ];

  let status = '';
  if (found.error) status = errorText(found.error);
  else if (found.data && text.trim())
    status =
      people.length + networks.length + documents.length > 0
        ? t('search.suggestCount', {
            list: list([tn('count.people', people.length), tn('count.networks', networks.length), ...(documents.length > 0 ? [tn('count.documents', documents.length)] : [])]),
          })
        : t('search.noSuggestions');

  const goToSearch = (): void => {
    const q = text.trim();
    if (!q) return;
    setText('');
    navigate(searchPath(q));
  };

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    goToSearch();
  };

  return (
    <form role="search" aria-label={t('search.landmark')} className="global-search" onSubmit={submit}>
      <Combobox<Suggestion>
        label={t('search.label')}
        hideLabel
        placeholder={t('search.placeholder')}
        value={text}
        onValueChange={setText}
        groups={groups}
        onChoose={(s) => {
          setText('');
          navigate(s.kind === 'person' ? `/personer/${s.person.id}` : s.kind === 'network' ? `/natverk/${s.network.slug}` : documentPath(s.document.id));
        }}
        onEnter={goToSearch}
        status={status}
        listLabel={t('search.suggestions')}
        note={
          found.error ? (
            <p className={isUnavailable(found.error) ? 'search-note' : 'search-note search-note-error'}>{errorText(found.error)}</p>
          ) : null
        }
      />
      <button type="submit" className="link-button">
        {t('search.submit')}
      </button>
    </form>
  );
}
