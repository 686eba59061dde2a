import { Query } from '@nestjs/cqrs';
import { Language } from '@ledger/domain';
import { DecisionHistoryAnswer } from '@ledger/wire';

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
