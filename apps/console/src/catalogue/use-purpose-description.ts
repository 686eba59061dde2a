import { useI18n } from '../i18n/i18n';
import { useCatalogue } from './use-catalogue';

/** A purpose's description in the reader's language: the console's own words, else the catalogue's text. */
export function usePurposeDescription(): (purposeId: string) => string | undefined {
  const { t } = useI18n();
  const purposes = useCatalogue().data?.purposes ?? [];
  return (purposeId) =>
    t.purposeDescription[purposeId] ?? purposes.find((purpose) => purpose.id === purposeId)?.description;
}
