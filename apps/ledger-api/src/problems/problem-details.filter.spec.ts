import { refuse } from '@ledger/domain';
import { MAX_LISTED_FIELDS, toProblem } from './problem-details.filter';
import { RefusalException } from './refusal.exception';

describe('toProblem', () => {
  const faults = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ field: `checks[${i}]`, message: 'must be an object' }));

  it('toProblem_Section5_ListsAtMost100FieldsAtFault_WithTheirCount', () => {
    const problem = toProblem(new RefusalException(refuse('VALIDATION_FAILED', 'not valid', faults(32_001))));
    expect(problem.fields).toHaveLength(MAX_LISTED_FIELDS);
    expect(problem.fields?.[99]).toEqual({ field: 'checks[99]', message: 'must be an object' });
    expect(problem.fieldCount).toBe(32_001);
  });

  it('toProblem_ListsEveryFieldWhenThereAreFewer', () => {
    const problem = toProblem(new RefusalException(refuse('VALIDATION_FAILED', 'not valid', faults(3))));
    expect(problem).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', fieldCount: 3 });
    expect(problem.fields).toHaveLength(3);
  });

  it('toProblem_ARefusalWithoutFields_HasNoFieldCount', () => {
    expect(toProblem(new RefusalException(refuse('NOT_FOUND', 'no such basis')))).not.toHaveProperty(
      'fieldCount',
    );
  });
});
