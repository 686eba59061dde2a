import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { ErasurePlan } from './erasure-plan';
import { ErasureDialog } from './erasure-dialog';

interface ErasurePanelProps {
  subjectId: string;
  revision: number | null;
  plan: ErasurePlan;
}

/** For the DPO: recording an erasure (art. 17), or, once erased, narrowing what it kept. */
export function ErasurePanel({ subjectId, revision, plan }: ErasurePanelProps) {
  const { t, fill } = useI18n();
  const [open, setOpen] = useState(false);
  const narrowing = plan.kind === 'narrow';
  const kept = plan.candidates.map((candidate) => candidate.purpose).join(', ');
  return (
    <section aria-labelledby="erasure-title" className="panel">
      <h2 id="erasure-title">{t.erasure.title}</h2>
      <p className="hint">{narrowing ? fill(t.erasure.narrowIntro, { purposes: kept }) : t.erasure.intro}</p>
      <button type="button" className="danger" onClick={() => setOpen(true)}>
        {narrowing ? t.erasure.narrow : t.erasure.record}
      </button>
      {open && (
        <ErasureDialog subjectId={subjectId} revision={revision} plan={plan} onClose={() => setOpen(false)} />
      )}
    </section>
  );
}
