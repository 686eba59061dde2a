import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, EventStore, verifyLog } from '@ledger/event-store';
import { Allow } from '../auth/access.decorator';
import { AUDITORS } from '../auth/roles';

/** The whole store: every stream's chain and the global log's continuity, as `npx ledger verify` checks it. */
@ApiTags('audit')
@ApiBearerAuth()
@Allow(AUDITORS)
@Controller('v1/verification')
export class LogVerificationController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get()
  @ApiOkResponse({
    description:
      '{ valid, streams, events, breaks: [{ subjectId, revision, position, problem, detail }], breakCount, headPosition }',
  })
  async verify() {
    const { breaks, ...verification } = await verifyLog(this.store);
    return {
      ...verification,
      breaks: breaks.map(({ streamId, ...found }) => ({ subjectId: streamId, ...found })),
    };
  }
}
