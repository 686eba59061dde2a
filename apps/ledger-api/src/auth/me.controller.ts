import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor } from '@ledger/domain';
import { Allow } from './access.decorator';
import { Caller } from './caller.decorator';
import { ALL_ROLES } from './roles';
import { WhoAmIQuery } from './who-am-i.query';
import { Nothing, NothingPipe } from '../http/nothing.pipe';

@ApiTags('auth')
@ApiBearerAuth()
@Controller('v1/me')
export class MeController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Allow(ALL_ROLES)
  @ApiOkResponse({ description: '{ name, role } of the API key' })
  me(@Caller() caller: Actor, @Query(NothingPipe) _query: Nothing): Promise<Actor> {
    return this.queries.execute(new WhoAmIQuery({ caller }));
  }
}
