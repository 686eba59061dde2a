import { Query } from '@nestjs/cqrs';
import { LogVerificationAnswer } from '@ledger/wire';

/** `GET /v1/verification`: every stream's chain and the global log's continuity, as `npx ledger verify` checks. */
export class LogVerificationQuery extends Query<LogVerificationAnswer> {}
