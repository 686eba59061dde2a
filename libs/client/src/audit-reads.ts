import {
  Actor,
  DecisionHistoryAnswer,
  Language,
  LogVerificationAnswer,
  SubjectEventsAnswer,
  VerificationAnswer,
} from '@ledger/wire';
import { path, query } from './paths';
import { RightsReads } from './rights-reads';

export interface HistoryOptions {
  /** Start of the window (default: the first event). */
  from?: string;
  /** End of the window (default: `asOf`, else now). */
  to?: string;
  /** See only events recorded at or before this time: the history as the ledger knew it then. */
  asOf?: string;
  /** Explain each change in this language. */
  explain?: Language;
  signal?: AbortSignal;
}

/**
 * What the auditor and the DPO read from the store itself, not from the read side, and who the caller is.
 */
export abstract class AuditReads extends RightsReads {
  /** The key's name and role, as the ledger knows them (all roles). */
  me(options: { signal?: AbortSignal } = {}): Promise<Actor> {
    return this.transport.json({ method: 'GET', path: '/v1/me', ...options });
  }

  /** The subject's events, for auditors and the DPO (personal fields `null` once erased). */
  events(subjectId: string, options: { signal?: AbortSignal } = {}): Promise<SubjectEventsAnswer> {
    return this.transport.json({ method: 'GET', path: path`/v1/subjects/${subjectId}/events`, ...options });
  }

  /** The subject's hash chain, recomputed by the ledger from the stored events. */
  verification(subjectId: string, options: { signal?: AbortSignal } = {}): Promise<VerificationAnswer> {
    return this.transport.json({
      method: 'GET',
      path: path`/v1/subjects/${subjectId}/verification`,
      ...options,
    });
  }

  /** Every stream's chain and the whole log's continuity, recomputed from the store (auditor, dpo). */
  verifyLog(options: { signal?: AbortSignal } = {}): Promise<LogVerificationAnswer> {
    return this.transport.json({ method: 'GET', path: '/v1/verification', ...options });
  }

  /** Every change of the decision on `purpose` in a window, with what caused it (auditor, dpo). */
  history(subjectId: string, purpose: string, options: HistoryOptions = {}): Promise<DecisionHistoryAnswer> {
    const { signal, ...window } = options;
    return this.transport.json({
      method: 'GET',
      path: path`/v1/subjects/${subjectId}/history` + query({ purpose, ...window }),
      signal,
    });
  }
}
