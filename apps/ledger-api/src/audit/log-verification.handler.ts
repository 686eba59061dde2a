import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore, verifyLog } from '@ledger/event-store';
import { LogVerificationAnswer, LogVerificationQuery } from './log-verification.query';

@QueryHandler(LogVerificationQuery)
export class LogVerificationHandler implements IQueryHandler<LogVerificationQuery, LogVerificationAnswer> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(): Promise<LogVerificationAnswer> {
    const { breaks, ...verification } = await verifyLog(this.store);
    return {
      ...verification,
      breaks: breaks.map(({ streamId, ...found }) => ({ subjectId: streamId, ...found })),
    };
  }
}
