import { PipeTransform } from '@nestjs/common';
import { refuse } from '@ledger/domain';
import { SUBJECT_ID, SUBJECT_ID_RULE } from '@ledger/runtime';
import { RefusalException } from '../problems/refusal.exception';

/** A subject id, or an id the ledger created, in a path. */
class IdPipe implements PipeTransform<string, string> {
  constructor(private readonly field: string) {}

  accepts(value: string): boolean {
    return SUBJECT_ID.test(value);
  }

  transform(value: string): string {
    if (!this.accepts(value)) {
      const message = `${this.field} must be ${SUBJECT_ID_RULE}`;
      throw new RefusalException(refuse('VALIDATION_FAILED', message, [{ field: this.field, message }]));
    }
    return value;
  }
}

export const SubjectIdPipe = new IdPipe('subjectId');
export const idPipe = (field: string) => new IdPipe(field);
