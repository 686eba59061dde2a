import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Public } from '../auth/access.decorator';
import { ReadSide } from '../read-side/read-side.service';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly readSide: ReadSide) {}

  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'live' };
  }

  /** Ready only once the read side has caught up with the store, and while it still reaches it. */
  @Get('ready')
  ready(@Res({ passthrough: true }) reply: FastifyReply) {
    const ready = this.readSide.ready;
    void reply.status(ready ? 200 : 503);
    return { status: ready ? 'ready' : 'not-ready', position: this.readSide.position };
  }
}
