import type { ChainVerification } from '../api/wire';
import { useI18n } from '../i18n/i18n';

/** The subject's hash chain as the ledger recomputed it from the stored events just now. */
export function ChainStatus({ verification }: { verification: ChainVerification }) {
  const { t, plural } = useI18n();
  if (verification.eventCount === 0) return <p>{t.chain.empty}</p>;
  return (
    <>
      <p>
        <span
          className={`badge ${verification.valid ? 'permitted' : 'refused'}`}
          data-valid={verification.valid}
        >
          {verification.valid ? plural(t.chain.valid, verification.eventCount) : t.chain.broken}
        </span>
      </p>
      <dl className="facts">
        <dt>{t.chain.head}</dt>
        <dd>
          <code className="hash">{verification.headHash}</code>
        </dd>
      </dl>
    </>
  );
}
