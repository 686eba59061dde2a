import fc from 'fast-check';
import { day, PURPOSES, steps } from '../testing/arbitraries';
import { record } from '../testing/history';
import { purposeOf } from '../testing/specification';
import { decide } from './decide';
import { decisionHistory } from './decision-history';

const pick = ({ reasons, basis }: { reasons: unknown; basis: unknown }) => ({ reasons, basis });

/** The history replays `decide`: at any moment, the last change at or before it is what `decide` answers. */
describe('decisionHistory: properties', () => {
  const to = day(40);
  const moment = fc
    .tuple(fc.integer({ min: -2, max: 40 }), fc.constantFrom(0, 9, 10, 12))
    .map(([n, h]) => day(n, h));
  const scenario = fc.record({
    history: steps.map(record),
    purpose: fc.constantFrom(...PURPOSES),
    moments: fc.array(moment, { minLength: 1, maxLength: 10 }),
  });

  it('history_ForAnyHistory_AgreesWithDecideAtEveryMoment', () => {
    fc.assert(
      fc.property(scenario, ({ history, purpose, moments }) => {
        const definition = purposeOf(purpose);
        const changes = decisionHistory(history, definition, { to });
        for (const at of moments) {
          const expected = decide(history, definition, at);
          const last = changes.filter((change) => change.at <= at).pop();
          if (last === undefined) expect(expected.reasons.map((reason) => reason.code)).toEqual(['NO_BASIS']);
          else expect(pick(last)).toEqual(pick(expected));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('history_ForAnyHistory_ListsOnlyRealChangesInTimeOrder', () => {
    fc.assert(
      fc.property(scenario, ({ history, purpose }) => {
        const changes = decisionHistory(history, purposeOf(purpose), { to });
        for (let i = 1; i < changes.length; i++) {
          expect(changes[i].at > changes[i - 1].at).toBe(true);
          expect(changes[i].reasons).not.toEqual(changes[i - 1].reasons);
        }
      }),
      { numRuns: 200 },
    );
  });
});
