// Choose a person: first a municipality (or everyone, guests included), then the person.
import { type ReactNode, useState } from 'react';
import { api, unwrap } from './api/client';
import { useI18n } from './i18n';
import { loadAllPeople } from './people-data';
import { ErrorMessage, Loading, SelectField, useAsync, whereFrom } from './ui';

export function PersonPicker({ value, onChange, label, error }: { value: string; onChange(personId: string): void; label: string; error?: string }): ReactNode {
  const { t } = useI18n();
  const [municipality, setMunicipality] = useState('');
  const municipalities = useAsync(() => unwrap(api.GET('/api/v1/municipalities')), []);
  const people = useAsync(() => loadAllPeople(municipality), [municipality]);
  return (
    <fieldset className="picker">
      <legend>{label}</legend>
      <SelectField
        label={t('picker.municipality')}
        value={municipality}
        onChange={(v) => {
          setMunicipality(v);
          onChange('');
        }}
        options={[{ value: '', label: t('picker.everyone') }, ...(municipalities.data ?? []).map((m) => ({ value: m.slug, label: m.name }))]}
      />
      {people.loading && <Loading label={t('picker.loading')} />}
      <ErrorMessage error={people.error ?? municipalities.error} />
      {people.data && (
        <SelectField
          label={t('picker.person')}
          value={value}
          onChange={onChange}
          error={error}
          required
          options={[
            { value: '', label: t('picker.choose') },
            ...people.data.map((p) => ({ value: p.id, label: `${p.name} – ${p.title || '–'}, ${whereFrom(p)}${p.external ? ` (${t('people.external')})` : ''}` })),
          ]}
        />
      )}
    </fieldset>
  );
}
