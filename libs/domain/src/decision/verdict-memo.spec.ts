import fc from 'fast-check';
import { HistoryEvent } from '../events';
import { day, moment, PURPOSES, steps } from '../testing/arbitraries';
import { basis, objection, overridden, t } from '../testing/events';
import { record } from '../testing/history';
import { purposeOf } from '../testing/specification';
import { decide } from './decide';
import { VerdictMemo } from './verdict-memo';

/**
 * A remembered verdict is only ever `decide`'s own: for any history, purpose and any order of moments asked
 * about, while the history grows between the questions, the memo answers exactly what `decide` answers
 * (arts. 6, 17, 18, 21 as `decide` applies them).
 */
describe('VerdictMemo: answers as decide does', () => {
  beforeAll(() => fc.configureGlobal({ numRuns: 300 }));
  afterAll(() => fc.resetConfigureGlobal());

  const questions = fc.array(fc.record({ purpose: fc.constantFrom(...PURPOSES), at: moment }), {
    minLength: 1,
    maxLength: 12,
  });

  it('VerdictMemo_ForAnyHistoryAndAnyMomentsAsked_AnswersAsDecide', () => {
    fc.assert(
      fc.property(steps.map(record), questions, (history, asked) => {
        const memo = new VerdictMemo();
        for (const { purpose, at } of asked) {
          const definition = purposeOf(purpose);
          expect(memo.decide(history, definition, at)).toEqual(decide(history, definition, at));
        }
      }),
    );
  });

  it('VerdictMemo_WhileTheHistoryGrowsBetweenQuestions_AnswersAsDecideOnWhatItHoldsThen', () => {
    fc.assert(
      fc.property(steps.map(record), questions, (recorded, asked) => {
        const memo = new VerdictMemo();
        // One array that grows in place, as the read side's histories do.
        const history: HistoryEvent[] = [];
        for (const [i, event] of recorded.entries()) {
          history.push(event);
          const { purpose, at } = asked[i % asked.length];
          const definition = purposeOf(purpose);
          expect(memo.decide(history, definition, at)).toEqual(decide(history, definition, at));
        }
      }),
    );
  });

  /** Bases whose periods start and end apart from when they were recorded (art. 6(1) bases for a period). */
  const periods = fc
    .array(
      fc.tuple(
        fc.integer({ min: 0, max: 20 }),
        fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
      ),
      { minLength: 1, maxLength: 4 },
    )
    .map((spans) =>
      spans.map(([from, length], i) =>
        basis(`b${i}`, 'collection', i % 2 ? 'consent' : 'contract', {
          at: day(0, 10),
          validFrom: day(from),
          validUntil: length === undefined ? undefined : day(from + length),
        }),
      ),
    );

  it('VerdictMemo_ForBasesValidForAPeriod_AnswersAsDecideAcrossTheirStartsAndEnds', () => {
    fc.assert(
      fc.property(periods, fc.array(moment, { minLength: 2, maxLength: 12 }), (history, moments) => {
        const memo = new VerdictMemo();
        const purpose = purposeOf('collection');
        for (const at of moments)
          expect(memo.decide(history, purpose, at)).toEqual(decide(history, purpose, at));
      }),
    );
  });

  describe('what it remembers', () => {
    const interests = basis('b1', 'credit-check-sharing', 'legitimate-interests', { at: t('2026-11-01') });
    /** An objection filed on the 20th and overridden on the 25th (art. 21(1)). */
    const history = [
      interests,
      objection('o1', ['credit-check-sharing'], { at: t('2026-11-20') }),
      overridden('o1', { at: t('2026-11-25') }),
    ];
    const purpose = purposeOf('credit-check-sharing');

    it('VerdictMemo_WhenAskedAgainBeforeTheNextTimeTheHistoryNames_GivesTheSameVerdictAtTheNewMoment', () => {
      const memo = new VerdictMemo();
      const first = memo.decide(history, purpose, t('2026-11-21'));
      const again = memo.decide(history, purpose, '2026-11-24T23:59:59.999Z');
      expect(first.reasons[0].code).toBe('OBJECTION_PENDING');
      expect(again.reasons).toBe(first.reasons);
      expect(again.at).toBe('2026-11-24T23:59:59.999Z');
    });

    it('VerdictMemo_WhenTheMomentReachesTheNextTimeTheHistoryNames_DecidesAgain', () => {
      const memo = new VerdictMemo();
      memo.decide(history, purpose, t('2026-11-21'));
      const decided = memo.decide(history, purpose, t('2026-11-25'));
      expect(decided.permitted).toBe(true);
      expect(decided.reasons.map((reason) => reason.code)).toEqual(['BASIS_ACTIVE', 'OBJECTION_OVERRIDDEN']);
    });

    it('VerdictMemo_WhenAskedAboutAnEarlierMoment_DecidesAgain', () => {
      const memo = new VerdictMemo();
      memo.decide(history, purpose, t('2026-11-26'));
      expect(memo.decide(history, purpose, t('2026-11-21')).reasons[0].code).toBe('OBJECTION_PENDING');
    });

    it('VerdictMemo_WithAsOfOrCategories_DecidesAfresh', () => {
      const memo = new VerdictMemo();
      const remembered = memo.decide(history, purpose, t('2026-11-21'));
      const asOf = memo.decide(history, purpose, t('2026-11-21'), { asOf: t('2026-11-19') });
      const categories = memo.decide(history, purpose, t('2026-11-21'), { categories: ['identity'] });
      expect(asOf.permitted).toBe(true);
      expect(asOf.reasons).not.toBe(remembered.reasons);
      expect(categories.reasons).not.toBe(remembered.reasons);
    });
  });
});
