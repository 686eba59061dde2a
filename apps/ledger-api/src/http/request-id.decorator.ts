import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { SUBJECT_ID, SUBJECT_ID_RULE } from '@ledger/runtime';
import { Optional } from './optional.decorator';

/** The data-subject request a command answers (contract section 6): one of this subject's, for `right`. */
export const OptionalRequestId = (right: string) =>
  applyDecorators(
    ApiPropertyOptional({ description: `the subject's request for ${right} that this answers` }),
    Optional(),
    Matches(SUBJECT_ID, { message: `requestId must be ${SUBJECT_ID_RULE}` }),
  );
