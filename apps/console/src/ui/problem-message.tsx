import { ApiError } from '../api/transport';
import { useI18n } from '../i18n/i18n';

/** A refusal in the reader's language where the console knows the code, else the ledger's own detail. */
export function ProblemMessage({ error }: { error: unknown }) {
  const { t, fill } = useI18n();
  if (!error) return null;
  const known = error instanceof ApiError ? (t.problems as Record<string, string>)[error.code] : undefined;
  const detail = error instanceof ApiError ? error.detail : String(error);
  return (
    <p role="alert" className="problem">
      {known ?? fill(t.problems.refused, { detail })}
    </p>
  );
}
