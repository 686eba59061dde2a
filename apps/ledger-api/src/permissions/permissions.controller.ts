import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor } from '@ledger/domain';
import { CheckBatchAnswer, Decision, SubjectPermissions } from '@ledger/wire';
import { Allow } from '../auth/access.decorator';
import { Caller } from '../auth/caller.decorator';
import { ALL_ROLES } from '../auth/roles';
import { SubjectIdPipe } from '../http/ids';
import { CheckBatchDto } from './check-batch.dto';
import { CheckPermissionsQuery } from './check-permissions.query';
import { PermissionQueryDto } from './permission-query.dto';
import { Nothing, NothingPipe } from '../http/nothing.pipe';

@ApiTags('permissions')
@ApiBearerAuth()
@Allow(ALL_ROLES)
@Controller('v1')
export class PermissionsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('subjects/:subjectId/permissions/:purpose')
  @ApiOkResponse({ description: 'a decision' })
  async one(
    @Param('subjectId', SubjectIdPipe) subjectId: string,
    @Param('purpose') purpose: string,
    @Query() query: PermissionQueryDto,
    @Caller() actor: Actor,
  ): Promise<Decision> {
    const answers = await this.queries.execute(
      CheckPermissionsQuery.single(actor, subjectId, purpose, query),
    );
    return answers.results[0];
  }

  @Get('subjects/:subjectId/permissions')
  @ApiOkResponse({
    description: '{ subjectId, position, decisions }: a decision for every catalogue purpose',
  })
  async all(
    @Param('subjectId', SubjectIdPipe) subjectId: string,
    @Query() query: PermissionQueryDto,
    @Caller() actor: Actor,
  ): Promise<SubjectPermissions> {
    const answers = await this.queries.execute(CheckPermissionsQuery.everyPurpose(actor, subjectId, query));
    return { subjectId, position: answers.position, decisions: answers.results };
  }

  @Post('permissions/check')
  @HttpCode(200)
  @ApiOkResponse({ description: '{ position, results }: a decision per check, in order' })
  check(
    @Body() body: CheckBatchDto,
    @Caller() actor: Actor,
    @Query(NothingPipe) _query: Nothing,
  ): Promise<CheckBatchAnswer> {
    return this.queries.execute(CheckPermissionsQuery.batch(actor, body));
  }
}
