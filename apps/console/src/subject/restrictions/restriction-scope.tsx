import { useI18n } from '../../i18n/i18n';
import { PurposeList } from '../../ui/purpose-list';
import type { RestrictionFact } from '../subject-facts';

/** What a restriction covers: its purposes and data categories, or, naming neither, all processing. */
export function RestrictionScope({ restriction }: { restriction: RestrictionFact }) {
  const { t } = useI18n();
  const { purposes = [], dataCategories = [] } = restriction;
  if (purposes.length === 0 && dataCategories.length === 0) return <p>{t.restrictions.everything}</p>;
  return (
    <dl className="facts">
      {purposes.length > 0 && (
        <>
          <dt>{t.fields.purposes}</dt>
          <dd>
            <PurposeList purposes={purposes} />
          </dd>
        </>
      )}
      {dataCategories.length > 0 && (
        <>
          <dt>{t.fields.dataCategories}</dt>
          <dd>
            <PurposeList purposes={dataCategories} />
          </dd>
        </>
      )}
    </dl>
  );
}
