import { Query } from '@nestjs/cqrs';
import { ErasuresDueAnswer } from '@ledger/wire';

/** `GET /v1/erasures/due`: the subjects whose data are kept longer than necessary (art. 5(1)(e)), oldest first. */
export class ErasuresDueQuery extends Query<ErasuresDueAnswer> {
  constructor(readonly options: { minPosition?: string }) {
    super();
  }
}
