import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { Allow } from '../auth/access.decorator';
import { AUDITORS } from '../auth/roles';
import { SubjectIdPipe } from '../http/ids';
import { SubjectExportQuery } from './subject-export.query';
import { SubjectExport } from '@ledger/runtime';

@ApiTags('audit')
@ApiBearerAuth()
@Allow(AUDITORS)
@Controller('v1/subjects/:subjectId/export')
export class ExportController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({
    description:
      '{ subjectId, exportedAt, catalogueVersion, revision, events, decisions, purposes }, as a file to keep',
  })
  async export(
    @Param('subjectId', SubjectIdPipe) subjectId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SubjectExport> {
    const document = await this.queries.execute(new SubjectExportQuery({ subjectId }));
    // The subject id's alphabet ([A-Za-z0-9._:-]) needs no escaping inside the quoted file name.
    void reply.header('Content-Disposition', `attachment; filename="subject-${subjectId}.json"`);
    return document;
  }
}
