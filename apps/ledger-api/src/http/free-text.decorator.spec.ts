import 'reflect-metadata';
import { ArgumentMetadata } from '@nestjs/common';
import { FileObjectionDto } from '../objections/file-objection.dto';
import { WithdrawObjectionDto } from '../objections/withdraw-objection.dto';
import { LedgerValidationPipe } from '../problems/validation.pipe';
import { isWellFormedText } from './free-text.decorator';

const body = (metatype: new () => object): ArgumentMetadata => ({ type: 'body', metatype });

describe('free text', () => {
  it.each([
    ['a lone high surrogate', 'a\ud800b', false],
    ['a lone low surrogate', '\udc00', false],
    ['a low surrogate before its high one', '\udc00\ud800', false],
    ['a pair (an emoji)', 'bezwaar \ud83d\udcdd', true],
    ['plain text with accents', 'Curaçao, café', true],
  ])('isWellFormedText_%s', (_what, text, wellFormed) => {
    expect(isWellFormedText(text)).toBe(wellFormed);
  });

  it('transform_OptionalOrRequiredFreeTextWithALoneSurrogate_IsRefusedNamingTheField', async () => {
    const pipe = new LedgerValidationPipe();
    await expect(
      pipe.transform({ purposes: ['collection'], grounds: 'x\ud800' }, body(FileObjectionDto)),
    ).rejects.toMatchObject({
      refusal: {
        code: 'VALIDATION_FAILED',
        fields: [{ field: 'grounds', message: expect.stringMatching(/surrogate/) }],
      },
    });
    await expect(pipe.transform({ evidence: '\udfff' }, body(WithdrawObjectionDto))).rejects.toMatchObject({
      refusal: { code: 'VALIDATION_FAILED', fields: [{ field: 'evidence' }] },
    });
  });

  it('transform_FreeTextWithSurrogatePairs_IsTakenAsItIs', async () => {
    const pipe = new LedgerValidationPipe();
    await expect(
      pipe.transform({ purposes: ['collection'], grounds: '\ud83d\udcdd letter' }, body(FileObjectionDto)),
    ).resolves.toMatchObject({ grounds: '\ud83d\udcdd letter' });
  });
});
