import { Query } from '@nestjs/cqrs';
import { LogBreak, LogVerification } from '@ledger/event-store';

/** A break in the log, naming the stream as the API names it: by its subject. */
export type SubjectLogBreak = Omit<LogBreak, 'streamId'> & { subjectId: string | null };

export type LogVerificationAnswer = Omit<LogVerification, 'breaks'> & { breaks: SubjectLogBreak[] };

/** `GET /v1/verification`: every stream's chain and the global log's continuity, as `npx ledger verify` checks. */
export class LogVerificationQuery extends Query<LogVerificationAnswer> {}
