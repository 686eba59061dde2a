import { Controller, Get, Headers, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Public } from '../auth/access.decorator';
import { ScrapeMetricsQuery } from './scrape-metrics.query';

/** Public to the API-key guard: the metrics token is judged by the query's handler (`MetricsAccess`). */
@ApiTags('metrics')
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'The Prometheus text format' })
  async scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const { contentType, text } = await this.queries.execute(new ScrapeMetricsQuery({ authorization }));
    void reply.header('content-type', contentType);
    return text;
  }
}
