import { Query } from '@nestjs/cqrs';
import { Actor } from '@ledger/domain';

/** `GET /v1/me`: who the presented key is, so a client (the console) offers only what its role may do. */
export class WhoAmIQuery extends Query<Actor> {
  constructor(readonly options: { caller: Actor }) {
    super();
  }
}
