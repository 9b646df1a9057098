import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import en from './en.json';
import zhCN from './zh-CN.json';

/** Every translation key; zh-CN.json is the reference, en.json must have the same keys (checked by a unit test). */
export type TKey = keyof typeof zhCN;
export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];
export type TParams = Record<string, string | number>;
export type Translate = (key: TKey, params?: TParams) => string;

const catalogs: Record<Lang, Record<TKey, string>> = { 'zh-CN': zhCN, en };
const STORAGE_KEY = 'jjn.lang';

export const isLang = (v: unknown): v is Lang => v === 'zh-CN' || v === 'en';

/** Whether a string is a known translation key (for codes that come from the server). */
export const hasKey = (key: string): key is TKey => Object.prototype.hasOwnProperty.call(zhCN, key);

/** Replaces `{name}` placeholders with parameters; unknown placeholders are left as they are. */
export function interpolate(text: string, params?: TParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function translate(lang: Lang, key: TKey, params?: TParams): string {
  return interpolate(catalogs[lang][key] ?? catalogs['zh-CN'][key] ?? key, params);
}

/** `?lang=en` wins, then the remembered choice, then Simplified Chinese. */
export function initialLang(): Lang {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (isLang(fromUrl)) {
    localStorage.setItem(STORAGE_KEY, fromUrl);
    return fromUrl;
  }
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLang(stored) ? stored : 'zh-CN';
}

interface I18nValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLangState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translate(lang, 'app.title');
  }, [lang]);
  const value = useMemo<I18nValue>(() => ({ lang, setLang, t: (key, params) => translate(lang, key, params) }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const v = useContext(I18nContext);
  if (!v) throw new Error('useI18n outside I18nProvider');
  return v;
}
