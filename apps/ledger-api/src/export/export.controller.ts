import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { FastifyReply } from 'fastify';
import { DpvDocument, SubjectExport } from '@ledger/runtime';
import { Allow } from '../auth/access.decorator';
import { AUDITORS } from '../auth/roles';
import { SubjectIdPipe } from '../http/ids';
import { ExportQueryDto } from './export-query.dto';
import { SubjectExportQuery } from './subject-export.query';

/** The DPV document is JSON-LD: its own media type, and a file name that says so. */
const AS_FILE = {
  json: { contentType: 'application/json; charset=utf-8', extension: 'json' },
  dpv: { contentType: 'application/ld+json; charset=utf-8', extension: 'jsonld' },
} as const;

@ApiTags('audit')
@ApiBearerAuth()
@Allow(AUDITORS)
@Controller('v1/subjects/:subjectId/export')
export class ExportController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiProduces('application/json', 'application/ld+json')
  @ApiOkResponse({
    description:
      '{ subjectId, exportedAt, catalogueVersion, revision, events, decisions, purposes, requests, noticesProvided, ' +
      'rectifications, disclosures, notifications, suppressions, readability }, as a file to keep; with ' +
      'format=dpv, JSON-LD in the W3C Data Privacy Vocabulary (application/ld+json)',
  })
  async export(
    @Param('subjectId', SubjectIdPipe) subjectId: string,
    @Query() query: ExportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SubjectExport | DpvDocument> {
    const format = query.format ?? 'json';
    const document = await this.queries.execute(new SubjectExportQuery({ subjectId, format }));
    const { contentType, extension } = AS_FILE[format];
    // The subject id's alphabet ([A-Za-z0-9._:-]) needs no escaping inside the quoted file name.
    void reply
      .header('Content-Type', contentType)
      .header('Content-Disposition', `attachment; filename="subject-${subjectId}.${extension}"`);
    return document;
  }
}
