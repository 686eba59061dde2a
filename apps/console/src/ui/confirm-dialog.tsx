import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { ProblemMessage } from './problem-message';

interface ConfirmDialogProps {
  title: string;
  /** What confirming will do, stated before anything is recorded. */
  consequence: ReactNode;
  /** Fields the confirmation needs (a reason, a motivation); the browser checks `required` ones. */
  children?: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
  /** Irreversible actions get the danger style. */
  danger?: boolean;
  confirmDisabled?: boolean;
}

/**
 * A modal confirmation on the native `<dialog>`: focus moves into it and stays there, Escape cancels, and
 * the page behind is inert. It closes once the ledger has accepted; a refusal stays on screen.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const consequenceId = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await props.onConfirm();
      props.onClose();
    } catch (refusal) {
      setError(refusal);
      setPending(false);
    }
  }

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={consequenceId}
      onCancel={(event) => {
        event.preventDefault();
        if (!pending) props.onClose();
      }}
    >
      <form onSubmit={submit}>
        <h2 id={titleId}>{props.title}</h2>
        <div id={consequenceId} className="consequence">
          {props.consequence}
        </div>
        {props.children}
        <ProblemMessage error={error} />
        <div className="actions">
          <button type="button" onClick={props.onClose} disabled={pending}>
            {t.dialogs.cancel}
          </button>
          <button
            type="submit"
            className={props.danger ? 'danger' : 'primary'}
            disabled={pending || props.confirmDisabled}
          >
            {props.confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
