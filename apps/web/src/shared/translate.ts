// Message lookup without React, so it can be tested on its own: placeholders, and counts with the
// right grammatical number ("1 medlem", "2 medlemmar") chosen by Intl.PluralRules for the language.
import { type Lang, type MessageKey, messages } from './messages';

/** The dictionaries loaded so far: Swedish always, English once chosen (`loadLanguage`). */
const dictionaries: Partial<Record<Lang, Record<MessageKey, string>>> = { sv: messages.sv };

/** Loads the dictionary of `lang` (English is its own chunk); resolves at once when it is here. */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (lang === 'en' && !dictionaries.en) dictionaries.en = (await import('./messages-en')).en;
}

/** Keys that have a singular form `<key>.one` next to them (Swedish and English: one and other). */
export type CountKey = { [K in MessageKey]: `${K}.one` extends MessageKey ? K : never }[MessageKey];

const rules: Record<Lang, Intl.PluralRules> = { sv: new Intl.PluralRules('sv-SE'), en: new Intl.PluralRules('en-GB') };

export function translate(lang: Lang, key: MessageKey, values?: Record<string, string | number>): string {
  // Until its dictionary is loaded (the app waits for it: i18n.tsx, main.tsx) a language reads Swedish.
  const text = (dictionaries[lang] ?? messages.sv)[key];
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** `key` with `{count}` filled in, in the singular (`key.one`) when the language's rules say "one". */
export function translateCount(lang: Lang, key: CountKey, count: number, values?: Record<string, string | number>): string {
  const form: MessageKey = rules[lang].select(count) === 'one' ? `${key}.one` : key;
  return translate(lang, form, { ...values, count });
}

/** "1 person, 2 nätverk och 3 möten": the parts joined the language's way. */
export function listOf(lang: Lang, parts: readonly string[]): string {
  return new Intl.ListFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { style: 'long', type: 'conjunction' }).format(parts);
}
