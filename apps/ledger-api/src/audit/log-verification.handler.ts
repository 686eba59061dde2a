import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@ledger/event-store';
import { verifySubjects } from '@ledger/runtime';
import { LogVerificationAnswer } from '@ledger/wire';
import { LogVerificationQuery } from './log-verification.query';

@QueryHandler(LogVerificationQuery)
export class LogVerificationHandler implements IQueryHandler<LogVerificationQuery, LogVerificationAnswer> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute(): Promise<LogVerificationAnswer> {
    return verifySubjects(this.store);
  }
}
