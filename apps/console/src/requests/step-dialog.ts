import type { DataSubjectRequest } from '../api/wire';

/** What every dialog of a request's step takes: the request, the subject's revision as shown, how to close. */
export interface StepDialogProps {
  request: DataSubjectRequest;
  revision: number | null;
  onClose: () => void;
}
