/** Plural forms, picked by `Intl.PluralRules` (English and Dutch need only these two). */
export interface Plural {
  one: string;
  other: string;
}
