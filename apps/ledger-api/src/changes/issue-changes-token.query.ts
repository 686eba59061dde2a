import { Query } from '@nestjs/cqrs';
import { Actor } from '@ledger/domain';
import { ChangesToken } from '@ledger/wire';

/** `POST /v1/changes/tokens`: a short-lived token that opens the change stream for the caller's key. */
export class IssueChangesTokenQuery extends Query<ChangesToken> {
  constructor(readonly options: { caller: Actor }) {
    super();
  }
}
