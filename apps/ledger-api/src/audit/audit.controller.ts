import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SubjectEventsAnswer, VerificationAnswer } from '@ledger/contracts';
import { verifyChain } from '@ledger/event-store';
import { Allow } from '../auth/access.decorator';
import { AUDITORS } from '../auth/roles';
import { SubjectIdPipe } from '../http/ids';
import { SubjectEvents } from '@ledger/runtime';

@ApiTags('audit')
@ApiBearerAuth()
@Allow(AUDITORS)
@Controller('v1/subjects/:subjectId')
export class AuditController {
  constructor(private readonly subjectEvents: SubjectEvents) {}

  @Get('events')
  @ApiOkResponse({ description: '{ subjectId, revision, events }, ordered by revision' })
  async events(@Param('subjectId', SubjectIdPipe) subjectId: string): Promise<SubjectEventsAnswer> {
    const { events } = await this.subjectEvents.read(subjectId);
    return { subjectId, revision: events.length > 0 ? events[events.length - 1].revision : null, events };
  }

  @Get('verification')
  @ApiOkResponse({
    description: '{ subjectId, valid, eventCount, headHash }: the chain recomputed from the store',
  })
  async verification(@Param('subjectId', SubjectIdPipe) subjectId: string): Promise<VerificationAnswer> {
    const { stored } = await this.subjectEvents.read(subjectId);
    const { valid, eventCount, headHash } = verifyChain(stored);
    return { subjectId, valid, eventCount, headHash };
  }
}
