import { Query } from '@nestjs/cqrs';
import type { LogVerificationAnswer } from '@ledger/wire';

export type { LogVerificationAnswer, SubjectLogBreak } from '@ledger/wire';

/** `GET /v1/verification`: every stream's chain and the global log's continuity, as `npx ledger verify` checks. */
export class LogVerificationQuery extends Query<LogVerificationAnswer> {}
