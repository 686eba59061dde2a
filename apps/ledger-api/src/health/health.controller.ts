import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import type { LivenessAnswer, ReadinessAnswer } from '@ledger/wire';
import { Public } from '../auth/access.decorator';
import { ReadinessQuery } from './readiness.query';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly queries: QueryBus) {}

  /** The process answers: nothing is read, so nothing is asked. */
  @Get('live')
  @HttpCode(200)
  live(): LivenessAnswer {
    return { status: 'live' };
  }

  /** Ready only once the read side has caught up with the store, and while it still reaches it. */
  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessAnswer> {
    const { ready, position } = await this.queries.execute(new ReadinessQuery());
    void reply.status(ready ? 200 : 503);
    return { status: ready ? 'ready' : 'not-ready', position };
  }
}
