import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ChangesToken } from '@ledger/wire';
import { StreamTokens } from '../auth/stream-tokens';
import { IssueChangesTokenQuery } from './issue-changes-token.query';

/** Signs a token for the key that asked; nothing is kept, so any replica sharing the master key accepts it. */
@QueryHandler(IssueChangesTokenQuery)
export class IssueChangesTokenHandler implements IQueryHandler<IssueChangesTokenQuery, ChangesToken> {
  constructor(private readonly tokens: StreamTokens) {}

  async execute({ options: { caller } }: IssueChangesTokenQuery): Promise<ChangesToken> {
    return this.tokens.issue(caller);
  }
}
