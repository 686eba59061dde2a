import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SubjectRecipientsAnswer } from '@ledger/wire';
import { Allow } from '../auth/access.decorator';
import { AUDITORS } from '../auth/roles';
import { SubjectIdPipe } from '../http/ids';
import { MinPositionQueryDto } from '../http/min-position-query.dto';
import { SubjectRecipientsQuery } from './subject-recipients.query';

@ApiTags('recipients')
@ApiBearerAuth()
@Allow(AUDITORS)
@Controller('v1/subjects/:subjectId/recipients')
export class SubjectRecipientsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({
    description:
      '{ subjectId, recipients: [{ recipientId, name, kind, purposes, disclosures: [{ disclosureId, occurredAt, ' +
      'purpose, dataCategories }] }] }: the recipients that received the data, and with no disclosures those that ' +
      'may receive it under the catalogue (art. 15(1)(c)), in catalogue order',
  })
  list(
    @Param('subjectId', SubjectIdPipe) subjectId: string,
    @Query() query: MinPositionQueryDto,
  ): Promise<SubjectRecipientsAnswer> {
    return this.queries.execute(new SubjectRecipientsQuery({ subjectId, minPosition: query.minPosition }));
  }
}
