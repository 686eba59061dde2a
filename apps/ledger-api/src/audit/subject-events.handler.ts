import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { SubjectEventsAnswer } from '@ledger/wire';
import { SubjectEvents } from '@ledger/runtime';
import { SubjectEventsQuery } from './subject-events.query';

/** Read from the store, not the read side: an auditor's answer must not depend on a replica's catching up. */
@QueryHandler(SubjectEventsQuery)
export class SubjectEventsHandler implements IQueryHandler<SubjectEventsQuery, SubjectEventsAnswer> {
  constructor(private readonly subjectEvents: SubjectEvents) {}

  async execute({ options: { subjectId } }: SubjectEventsQuery): Promise<SubjectEventsAnswer> {
    const { events } = await this.subjectEvents.read(subjectId);
    return { subjectId, revision: events.length > 0 ? events[events.length - 1].revision : null, events };
  }
}
