import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Actor } from '@ledger/domain';
import { WhoAmIQuery } from './who-am-i.query';

/** The key's name and role, and nothing else the request carries. */
@QueryHandler(WhoAmIQuery)
export class WhoAmIHandler implements IQueryHandler<WhoAmIQuery, Actor> {
  async execute({ options: { caller } }: WhoAmIQuery): Promise<Actor> {
    return { name: caller.name, role: caller.role };
  }
}
