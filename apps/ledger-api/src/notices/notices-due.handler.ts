import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { noticeDue } from '@ledger/domain';
import { NoticesDueAnswer } from '@ledger/wire';
import { Clock } from '@ledger/runtime';
import { ReadSide } from '../read-side/read-side.service';
import { bySinceThenSubject } from '../read-side/ordering';
import { AwaitingNotice } from './awaiting-notice';
import { NoticesDueQuery } from './notices-due.query';

/** Whether a month has passed is judged now, over the subjects the read model says may be owed a notice. */
@QueryHandler(NoticesDueQuery)
export class NoticesDueHandler implements IQueryHandler<NoticesDueQuery, NoticesDueAnswer> {
  constructor(
    private readonly readSide: ReadSide,
    private readonly awaitingNotice: AwaitingNotice,
    private readonly clock: Clock,
  ) {}

  async execute({ options }: NoticesDueQuery): Promise<NoticesDueAnswer> {
    await this.readSide.ensureAnswerable(options.minPosition);
    const now = this.clock.now();
    const histories = await this.readSide.historiesOf(this.awaitingNotice.candidates());
    const subjects: NoticesDueAnswer['subjects'] = [];
    for (const subjectId of histories.subjectIds()) {
      const since = noticeDue(histories.events(subjectId), now);
      if (since !== null) subjects.push({ subjectId, since });
    }
    return { position: histories.position, subjects: subjects.sort(bySinceThenSubject) };
  }
}
