import { ValidationPipe } from '@nestjs/common';
import { FieldError } from '@ledger/domain';
import { MAX_LISTED_FIELDS } from '../problems/problem-details.filter';
import { fieldErrors, VALIDATION_OPTIONS } from '../problems/validation.pipe';
import { MAX_CHECKS } from '../http/limits';

/**
 * class-validator as the validation pipe calls it, for a part of a batch; it throws the faults it finds as
 * they are, not in an exception, whose stack trace would cost more than judging a few checks.
 */
const validation = new ValidationPipe({ ...VALIDATION_OPTIONS, exceptionFactory: fieldErrors });

/**
 * The fast refusal of a batch (see `RefusesFast`): the faults class-validator would find, without judging a
 * thousand checks to list the hundred a problem shows. A batch of more than `MAX_CHECKS` checks is refused for
 * its length alone, its checks unread. In any other, the checks the fast path does not accept are the
 * suspects (a check it takes has no fault). They are judged in runs as they are met, each twice as long as
 * the last, the first with the batch's own fields, until as many faults are found as a problem lists: a run
 * costs class-validator's set-up once, and no more than twice the checks are read and judged that the faults
 * listed needed. Anything but a non-empty list of checks is left to class-validator, which judges that at no
 * such cost; so is a batch without a fault, which class-validator then builds.
 */
export async function checkBatchFaults(
  value: unknown,
  acceptAtOnce: (part: unknown) => unknown,
  dto: new () => object,
): Promise<FieldError[] | undefined> {
  if (!isPlainObject(value) || !Array.isArray(value.checks) || value.checks.length === 0) return undefined;
  const { checks } = value;
  if (checks.length > MAX_CHECKS) return [{ field: 'checks', message: `has more than ${MAX_CHECKS} checks` }];
  const faults: FieldError[] = [];
  let ownFields: object | null = value;
  let run: number[] = [];
  let runLength = 1;
  const judgeRun = async () => {
    const part = { ...ownFields, checks: run.map((index) => checks[index]) };
    faults.push(...(await faultsOf(part, run, dto)));
    ownFields = null;
    run = [];
    runLength *= 2;
  };
  for (let index = 0; index < checks.length && faults.length < MAX_LISTED_FIELDS; index++) {
    if (acceptAtOnce({ checks: [checks[index]] }) !== undefined) continue;
    run.push(index);
    if (run.length === runLength) await judgeRun();
  }
  if (run.length > 0 && faults.length < MAX_LISTED_FIELDS) await judgeRun();
  if (ownFields) {
    // Without a suspect, the batch's own fields are judged with its first check, which has no fault.
    run = [0];
    await judgeRun();
  }
  return faults.length > 0 ? faults : undefined;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The faults of `part`, a batch of the checks at `indices`, named by where each check is in the whole batch. */
async function faultsOf(part: object, indices: number[], dto: new () => object): Promise<FieldError[]> {
  try {
    await validation.transform(part, { type: 'body', metatype: dto });
    return [];
  } catch (faults) {
    if (!Array.isArray(faults)) throw faults;
    return (faults as FieldError[]).map(({ field, message }) => ({
      field: field.replace(CHECK_INDEX, (_, index: string) => `checks[${indices[Number(index)]}]`),
      message,
    }));
  }
}

const CHECK_INDEX = /^checks\[(\d+)\]/;
