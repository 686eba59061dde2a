import type { FieldError, RefusalCode } from '@ledger/domain/refusal';

/** The refusals of the contract, and the transport's own failures (not in the contract, which is silent on them). */
export type ProblemCode =
  | RefusalCode
  | 'METHOD_NOT_ALLOWED'
  | 'PRECONDITION_FAILED'
  | 'RANGE_NOT_SATISFIABLE'
  | 'BAD_REQUEST'
  | 'REQUEST_TIMEOUT'
  | 'HEADERS_TOO_LARGE'
  | 'INTERNAL_ERROR';

/** An RFC 9457 problem, as every refusal is answered (`Content-Type: application/problem+json`). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  instance?: string;
  /** The fields at fault, for validation problems: the first 100 of them. */
  fields?: FieldError[];
  /** How many fields are at fault in all, where `fields` is given (in a batch, in the checks judged). */
  fieldCount?: number;
  /** For `POSITION_BEYOND_HEAD`: the position the log ends at, where a change stream may start. */
  headPosition?: string;
}
