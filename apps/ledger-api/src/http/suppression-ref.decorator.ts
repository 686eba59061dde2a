import { applyDecorators, PipeTransform } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { refuse } from '@ledger/domain';
import { ArrayMaxSize, IsArray, IsString, Matches } from 'class-validator';
import { RefusalException } from '../problems/refusal.exception';
import { Optional } from './optional.decorator';

/** An opaque reference: printable ASCII, so no free text (a name, an address) can pass for one. */
export const REF = /^[\x21-\x7e]{1,256}$/;

/**
 * The identifiers by which an erased person's direct-marketing opt-out is remembered (art. 21(3)): values the
 * caller derives from a contact identifier, such as a keyed hash of an e-mail address. They stay readable.
 */
export const SuppressionRefList = () =>
  applyDecorators(
    ApiPropertyOptional({
      description:
        'opaque references (e.g. a keyed hash of an e-mail address) by which the opt-out is remembered; required, possibly empty, while a direct-marketing objection is in force',
      type: [String],
    }),
    Optional(),
    IsArray(),
    ArrayMaxSize(100),
    IsString({ each: true }),
    Matches(REF, { each: true, message: 'each suppression ref must be 1..256 visible ASCII characters' }),
  );

/** A suppression ref in a path (`GET /v1/suppressions/{ref}`), percent-encoded by the caller where it must be. */
export const SuppressionRefPipe: PipeTransform<string, string> = {
  transform(value: string): string {
    if (REF.test(value)) return value;
    const message = 'ref must be 1..256 visible ASCII characters';
    throw new RefusalException(refuse('VALIDATION_FAILED', message, [{ field: 'ref', message }]));
  },
};
