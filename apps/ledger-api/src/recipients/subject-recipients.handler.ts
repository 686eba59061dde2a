import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { recipientsOf } from '@ledger/domain';
import { SubjectRecipientsAnswer } from '@ledger/wire';
import { CatalogueInForce } from '../catalogue/catalogue-in-force';
import { ReadSide } from '../read-side/read-side.service';
import { SubjectRecipientsQuery } from './subject-recipients.query';

/** The read side's history of the subject, named by the catalogue in force. */
@QueryHandler(SubjectRecipientsQuery)
export class SubjectRecipientsHandler implements IQueryHandler<
  SubjectRecipientsQuery,
  SubjectRecipientsAnswer
> {
  constructor(
    private readonly readSide: ReadSide,
    private readonly catalogues: CatalogueInForce,
  ) {}

  async execute({
    options: { subjectId, minPosition },
  }: SubjectRecipientsQuery): Promise<SubjectRecipientsAnswer> {
    await this.readSide.ensureAnswerable(minPosition);
    const history = (await this.readSide.historiesOf([subjectId])).events(subjectId);
    const recipients = recipientsOf(history, this.catalogues.current());
    return { subjectId, recipients };
  }
}
