import { useI18n } from '../i18n/i18n';

/** An instant in the reader's language and local time; the exact UTC instant on hover and for machines. */
export function DateTime({ iso, dateOnly = false }: { iso: string; dateOnly?: boolean }) {
  const { date, dateTime } = useI18n();
  return (
    <time dateTime={iso} title={iso}>
      {dateOnly ? date(iso) : dateTime(iso)}
    </time>
  );
}
