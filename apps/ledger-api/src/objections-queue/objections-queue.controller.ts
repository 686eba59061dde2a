import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/access.decorator';
import { AUDITORS } from '../auth/roles';
import { ReadSide } from '../read-side/read-side.service';
import { ObjectionsQueueQueryDto } from './objections-queue-query.dto';
import { ObjectionsQueueAnswer } from '@ledger/contracts';
import { OpenObjections } from './open-objections';

@ApiTags('objections')
@ApiBearerAuth()
@Allow(AUDITORS)
@Controller('v1/objections')
export class ObjectionsQueueController {
  constructor(
    private readonly readSide: ReadSide,
    private readonly openObjections: OpenObjections,
  ) {}

  @Get()
  @ApiOkResponse({
    description:
      '{ position, objections: [{ subjectId, objectionId, purposes, occurredAt, recordedAt, deadline, channel? }] }: ' +
      'every undecided objection of every subject not erased, oldest first; deadline is one month from occurredAt (art. 12(3))',
  })
  async list(@Query() query: ObjectionsQueueQueryDto): Promise<ObjectionsQueueAnswer> {
    await this.readSide.ensureAnswerable(query.minPosition);
    return { position: this.readSide.position, objections: this.openObjections.pending() };
  }
}
