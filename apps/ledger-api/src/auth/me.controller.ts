import { Controller, Get, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor } from '@ledger/domain';
import { Allow } from './access.decorator';
import { AuthenticatedRequest } from './api-key.guard';
import { ALL_ROLES } from './roles';

/** Who the presented key is: lets a client (the console) offer only what the key's role may do. */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('v1/me')
export class MeController {
  @Get()
  @Allow(ALL_ROLES)
  @ApiOkResponse({ description: '{ name, role } of the API key' })
  me(@Req() request: AuthenticatedRequest): Actor {
    return { name: request.actor.name, role: request.actor.role };
  }
}
