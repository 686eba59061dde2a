import { useI18n } from '../../i18n/i18n';
import type { RetainCandidate } from './erasure-plan';

interface RetainChoicesProps {
  legend: string;
  candidates: readonly RetainCandidate[];
  retain: readonly string[];
  onChange: (retain: string[]) => void;
}

/** Each purpose the erasure concerns: a choice to keep it under its exemption, or why it cannot be kept. */
export function RetainChoices({ legend, candidates, retain, onChange }: RetainChoicesProps) {
  const { t, fill } = useI18n();
  const toggle = (purpose: string, keep: boolean) =>
    onChange(
      candidates
        .map((candidate) => candidate.purpose)
        .filter((id) => (id === purpose ? keep : retain.includes(id))),
    );
  return (
    <fieldset className="retain-choices">
      <legend>{legend}</legend>
      {candidates.length === 0 && <p>{t.dialogs.eraseNoActive}</p>}
      <ul>
        {candidates.map(({ purpose, exemption }) => (
          <li key={purpose} data-purpose={purpose}>
            {exemption ? (
              <label className="choice">
                <input
                  type="checkbox"
                  name="retain"
                  value={purpose}
                  checked={retain.includes(purpose)}
                  onChange={(event) => toggle(purpose, event.target.checked)}
                />
                <span>
                  <code>{purpose}</code> {fill(t.dialogs.eraseKeep, { exemption: t.exemption[exemption] })}
                </span>
              </label>
            ) : (
              <>
                <code>{purpose}</code> <span className="detail">{t.dialogs.eraseNoExemption}</span>
              </>
            )}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
