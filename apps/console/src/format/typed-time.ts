import type { Language } from '../i18n/i18n';

/**
 * Times are typed as text in the reader's own order, day first (`06/12/2026 21:44` in English,
 * `06-12-2026 21:44` in Dutch), instead of `<input type="datetime-local">`: Chromium draws that one in the
 * browser's locale, not the page's `lang`, so a Dutch page on an American browser would ask for month first.
 */
const SEPARATOR: Record<Language, string> = { en: '/', nl: '-' };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An instant as the field shows it: the browser's local time, to the second. */
export function toTyped(iso: string, lang: Language): string {
  const d = new Date(iso);
  const day = [pad(d.getDate()), pad(d.getMonth() + 1), d.getFullYear()].join(SEPARATOR[lang]);
  return `${day} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** Day, month and year split by `/`, `-` or `.`; a space, comma or `T`; hours and minutes, seconds if given. */
const TYPED = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})[\sT,]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?$/;

/** A typed local time as the ledger's UTC instant; `null` while it is incomplete or no such moment exists. */
export function fromTyped(text: string): string | null {
  const parts = TYPED.exec(text.trim());
  if (!parts) return null;
  const [day, month, year, hours, minutes, seconds] = parts.slice(1).map((part) => Number(part ?? 0));
  const local = new Date(year, month - 1, day, hours, minutes, seconds);
  // 31-02-2026 or 25:00 would roll over into another moment: refused rather than guessed.
  const exact =
    local.getDate() === day &&
    local.getMonth() === month - 1 &&
    local.getFullYear() === year &&
    local.getHours() === hours &&
    local.getMinutes() === minutes;
  return exact ? local.toISOString() : null;
}
