// Swedish first, English second: a small typed dictionary, choice kept in localStorage.
import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type Lang, type MessageKey } from './messages';
import { type CountKey, listOf, loadLanguage, translate, translateCount } from './translate';
import { formatDateTime } from './formats';

export type { CountKey, Lang, MessageKey };
export { translate };

const STORAGE_KEY = 'nh.lang';

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  t(key: MessageKey, values?: Record<string, string | number>): string;
  /** A count with its noun in the right number: tn('network.memberCount', 1) → "1 medlem". */
  tn(key: CountKey, count: number, values?: Record<string, string | number>): string;
  /** Parts joined the language's way: "a, b och c". */
  list(parts: readonly string[]): string;
  /** Formats a date-time for the current language. */
  dateTime(iso: string | null | undefined): string;
}

const I18nContext = createContext<I18n | null>(null);

/** The language chosen earlier on this browser (Swedish when none); main.tsx loads it before the first render. */
export function initialLang(): Lang {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored === 'sv' || stored === 'en') return stored;
  } catch {
    // storage may be blocked; Swedish it is
  }
  return 'sv';
}

export function I18nProvider({ children }: { children: ReactNode }): ReactNode {
  const [lang, setLangState] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    // English is its own chunk: shown (and kept) once it is here, at once when it already is.
    void loadLanguage(next).then(() => {
      setLangState(next);
      try {
        window.localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // ignore
      }
    });
  }, []);
  const value = useMemo<I18n>(
    () => ({
      lang,
      setLang,
      t: (key, values) => translate(lang, key, values),
      tn: (key, count, values) => translateCount(lang, key, count, values),
      list: (parts) => listOf(lang, parts),
      dateTime: (iso) => (iso ? formatDateTime(lang, new Date(iso)) : ''),
    }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
