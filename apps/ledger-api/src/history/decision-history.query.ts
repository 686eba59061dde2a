import { Query } from '@nestjs/cqrs';
import { DecisionCause, Language, Reason, BasisRelied } from '@ledger/domain';

export interface DecisionHistoryEntry {
  at: string;
  permitted: boolean;
  reasons: Reason[];
  basis: BasisRelied | null;
  causedBy: DecisionCause | null;
  explanation?: string;
}

/** `GET /v1/subjects/{subjectId}/history`: every change of one purpose's decision in a window. */
export interface DecisionHistoryAnswer {
  subjectId: string;
  purpose: string;
  from: string | null;
  to: string;
  asOf: string | null;
  changes: DecisionHistoryEntry[];
}

export interface DecisionHistoryOptions {
  subjectId: string;
  purpose: string;
  /** The window's start; default the first event. */
  from?: string;
  /** The window's end; default `asOf`, else now. */
  to?: string;
  /** See only events recorded at or before this time. */
  asOf?: string;
  /** Adds each change's explanation in this language. */
  explain?: Language;
}

export class DecisionHistoryQuery extends Query<DecisionHistoryAnswer> {
  constructor(readonly options: DecisionHistoryOptions) {
    super();
  }
}
