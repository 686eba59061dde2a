import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { type Dictionary, en } from './en';
import type { Plural } from './plural';
import { nl } from './nl';

export const LANGUAGES = { en, nl } as const;
export type Language = keyof typeof LANGUAGES;

/** The language is a preference, not a secret: kept across visits. */
const LANGUAGE_STORAGE = 'basis-ledger.language';

export interface I18n {
  lang: Language;
  t: Dictionary;
  setLang: (lang: Language) => void;
  /** `text` with each `{name}` replaced by `values[name]`. */
  fill: (text: string, values: Record<string, string | number>) => string;
  plural: (forms: Plural, count: number) => string;
  dateTime: (iso: string) => string;
  date: (iso: string) => string;
  /** The browser's time zone as the reader's language abbreviates it now (CET, CEST, UTC). */
  zone: string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): Language {
  const stored = localStorage.getItem(LANGUAGE_STORAGE);
  if (stored === 'en' || stored === 'nl') return stored;
  return navigator.language.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLang] = useState<Language>(initialLanguage);

  useEffect(() => {
    localStorage.setItem(LANGUAGE_STORAGE, lang);
    document.documentElement.lang = lang;
  }, [lang]);

  const value = useMemo((): I18n => {
    const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
    const rules = new Intl.PluralRules(locale);
    const day = { day: 'numeric', month: 'short', year: 'numeric' } as const;
    // Every time names its zone: the DPO, the auditor and the ledger (UTC) may each read it elsewhere.
    const dateTimeFormat = new Intl.DateTimeFormat(locale, {
      ...day,
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    });
    const dateFormat = new Intl.DateTimeFormat(locale, day);
    return {
      lang,
      t: LANGUAGES[lang],
      setLang,
      fill,
      plural: (forms, count) => fill(rules.select(count) === 'one' ? forms.one : forms.other, { count }),
      dateTime: (iso) => dateTimeFormat.format(new Date(iso)),
      date: (iso) => dateFormat.format(new Date(iso)),
      zone:
        dateTimeFormat.formatToParts(new Date()).find((part) => part.type === 'timeZoneName')?.value ?? '',
    };
  }, [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
