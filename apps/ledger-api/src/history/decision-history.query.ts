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

export class DecisionHistoryQuery extends Query<DecisionHistoryAnswer> {
  constructor(
    readonly subjectId: string,
    readonly purpose: string,
    readonly window: { from?: string; to?: string; asOf?: string },
    readonly explain?: Language,
  ) {
    super();
  }
}
