// t(lang, key, vars): an interface string with {placeholders} filled in. Pure.
import { useCallback } from 'react';
import type { Lang } from '../state/appState.ts';
import { en, type MessageKey, type Messages } from './messages.ts';
import { id } from './messages.id.ts';

const TABLES: Record<Lang, Messages> = { en, id };

export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

export function t(lang: Lang, key: MessageKey, vars?: Vars): string {
  // A key built from data (e.g. an unknown status) falls back to the key itself, never undefined.
  const template: string = TABLES[lang]?.[key] ?? en[key] ?? key;
  if (!vars) return template;
  // Unknown placeholders stay visible, so a missing variable shows up in review.
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  );
}

/** The translate function for one language, stable across renders. */
export function useT(lang: Lang): Translate {
  return useCallback((key, vars) => t(lang, key, vars), [lang]);
}

/** A text from the data in the reader's language, else English. */
export function localized(
  text: { en: string } & Partial<Record<string, string>>,
  lang: Lang,
): string {
  return text[lang] ?? text.en;
}
