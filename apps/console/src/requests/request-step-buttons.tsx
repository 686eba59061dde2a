import { useState } from 'react';
import type { DataSubjectRequest } from '../api/wire';
import { useI18n } from '../i18n/i18n';
import { useSession } from '../session/session';
import { CompleteRequestDialog } from './complete-request-dialog';
import { ExtendRequestDialog } from './extend-request-dialog';
import { requestSteps } from './request-steps';
import { VerifyIdentityDialog } from './verify-identity-dialog';

type Step = 'identity' | 'extension' | 'completion';

interface RequestStepButtonsProps {
  request: DataSubjectRequest;
  revision: number | null;
  /** When the page was opened: whether the deadline still allows an extension. */
  now: string;
}

/** A button for each step the role may record now, each opening its dialog. */
export function RequestStepButtons({ request, revision, now }: RequestStepButtonsProps) {
  const { t } = useI18n();
  const { can } = useSession();
  const [open, setOpen] = useState<Step | null>(null);
  const offered = requestSteps(request, can, now);
  const labels: Record<Step, string> = {
    identity: t.requests.verify,
    extension: t.requests.extend,
    completion: t.requests.complete,
  };
  const steps = (Object.keys(labels) as Step[]).filter((step) => offered[step]);
  const props = { request, revision, onClose: () => setOpen(null) };

  return (
    <>
      {steps.length === 0 && can.record && <p>{t.requests.noStep}</p>}
      <div className="card-actions">
        {steps.map((step) => (
          <button
            key={step}
            type="button"
            className={step === 'completion' ? 'primary' : undefined}
            onClick={() => setOpen(step)}
          >
            {labels[step]}
          </button>
        ))}
      </div>
      {open === 'identity' && <VerifyIdentityDialog {...props} />}
      {open === 'extension' && <ExtendRequestDialog {...props} />}
      {open === 'completion' && <CompleteRequestDialog {...props} />}
    </>
  );
}
