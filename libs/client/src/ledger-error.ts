import type { FieldError, Problem, ProblemCode } from '@ledger/wire';

/** `UNEXPECTED_RESPONSE`: an answer that is not the ledger's problem, e.g. a proxy's error page. */
export type LedgerErrorCode = ProblemCode | 'UNEXPECTED_RESPONSE';

/** A refusal by the ledger: its RFC 9457 problem, with the contract's `code`. */
export class LedgerError extends Error {
  readonly status: number;
  readonly code: LedgerErrorCode;
  readonly detail: string;
  /** The fields at fault, for `VALIDATION_FAILED`; empty otherwise. */
  readonly fields: readonly FieldError[];
  /** Where the log ends, for `POSITION_BEYOND_HEAD`. */
  readonly headPosition?: string;

  constructor(
    problem: Pick<Problem, 'status' | 'detail' | 'headPosition'> & {
      code: LedgerErrorCode;
      fields?: FieldError[];
    },
  ) {
    super(`${problem.status} ${problem.code}: ${problem.detail}${faults(problem.fields)}`);
    this.name = 'LedgerError';
    this.status = problem.status;
    this.code = problem.code;
    this.detail = problem.detail;
    this.fields = problem.fields ?? [];
    if (typeof problem.headPosition === 'string') this.headPosition = problem.headPosition;
  }

  /** The error a refused response stands for; reads its body. */
  static async of(response: Response): Promise<LedgerError> {
    const text = await response.text().catch(() => '');
    const problem = parseProblem(text);
    if (problem) return new LedgerError({ ...problem, status: response.status });
    const detail = `the ledger answered ${response.status} ${response.statusText}`.trim();
    return new LedgerError({ status: response.status, code: 'UNEXPECTED_RESPONSE', detail });
  }
}

/** The fields at fault, in the message too: a logged error must say what to fix. */
function faults(fields: readonly FieldError[] | undefined): string {
  if (!fields?.length) return '';
  return ` (${fields.map(({ field, message }) => `${field}: ${message}`).join('; ')})`;
}

function parseProblem(text: string): Problem | null {
  try {
    const body = JSON.parse(text) as Partial<Problem> | null;
    return typeof body?.code === 'string' && typeof body.detail === 'string' ? (body as Problem) : null;
  } catch {
    return null;
  }
}
