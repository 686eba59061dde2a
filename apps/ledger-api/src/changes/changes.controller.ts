import { Body, Controller, Get, Headers, Post, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Actor, refuse } from '@ledger/domain';
import { ChangesToken } from '@ledger/wire';
import { FastifyReply } from 'fastify';
import { AcceptStreamToken, Allow } from '../auth/access.decorator';
import { Caller } from '../auth/caller.decorator';
import { CHANGE_READERS } from '../auth/roles';
import { POSITION } from '../http/limits';
import { RefusalException } from '../problems/refusal.exception';
import { ChangesQueryDto } from './changes-query.dto';
import { IssueChangesTokenQuery } from './issue-changes-token.query';
import { OpenChangeStreamQuery } from './open-change-stream.query';
import { responseSink, SSE_HEADERS } from './server-sent-events';
import { Nothing, NothingPipe } from '../http/nothing.pipe';

@ApiTags('changes')
@ApiBearerAuth()
@Allow(CHANGE_READERS)
@Controller('v1/changes')
export class ChangesController {
  constructor(private readonly queries: QueryBus) {}

  /**
   * A reconnecting client sends the id of the last message it received as `Last-Event-ID`, on the URL it
   * first used, so the header wins over `from`. A browser's `EventSource` cannot send `Authorization`: it
   * opens the stream with a token instead (`token`), whose stream counts against its key's cap.
   */
  @Get()
  @AcceptStreamToken()
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description:
      'Server-Sent Events: one message per appended event, { position, subjectId, eventId, type, at, changes }, with the position as id',
  })
  async stream(
    @Query() query: ChangesQueryDto,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Caller() caller: Actor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    if (lastEventId !== undefined && !POSITION.test(lastEventId)) {
      const message = 'Last-Event-ID must be a position returned by the ledger';
      throw new RefusalException(refuse('VALIDATION_FAILED', message, [{ field: 'Last-Event-ID', message }]));
    }
    const changes = await this.queries.execute(
      new OpenChangeStreamQuery({ after: lastEventId ?? query.from, keyName: caller.name }),
    );
    reply.hijack();
    // A hijacked reply sends none of the headers set on it (the request id, the security headers): they are
    // put on the raw response, which the stream's own headers then complete.
    for (const [name, value] of Object.entries(reply.getHeaders()))
      if (value !== undefined) reply.raw.setHeader(name, value);
    reply.raw.writeHead(200, SSE_HEADERS);
    reply.raw.flushHeaders();
    changes.pipeTo(responseSink(reply.raw));
  }

  /** The token a client that cannot send a header opens the stream with; the key stays out of the URL. */
  @Post('tokens')
  @ApiCreatedResponse({ description: '{ token, expiresAt }: opens GET /v1/changes?token= until expiresAt' })
  token(
    @Caller() caller: Actor,
    @Query(NothingPipe) _query: Nothing,
    @Body(NothingPipe) _body: Nothing,
  ): Promise<ChangesToken> {
    return this.queries.execute(new IssueChangesTokenQuery({ caller }));
  }
}
