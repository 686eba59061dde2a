import fc from 'fast-check';
import { HistoryEvent, LedgerEventBody, LedgerEventType } from '../events';
import { isRefusal } from '../refusal';
import { evolve } from '../state/evolve';
import { initialSubjectState } from '../state/subject-state';
import { addMilliseconds, FUTURE_TOLERANCE_MS } from '../time';
import { SECRET, steps } from '../testing/arbitraries';
import { catalogue } from '../testing/specification';
import { decideCommand } from './decide-command';

/** Contract section 3: the fields each event's data may carry, required first. */
const FIELDS: Record<LedgerEventType, { required: string[]; optional: string[] }> = {
  BasisEstablished: {
    required: ['basisId', 'purpose', 'legalBasis', 'validFrom'],
    optional: ['evidence', 'validUntil'],
  },
  BasisWithdrawn: { required: ['basisId', 'purpose', 'reason'], optional: ['note'] },
  ObjectionFiled: { required: ['objectionId', 'purposes'], optional: ['grounds', 'channel'] },
  ObjectionUpheld: { required: ['objectionId'], optional: ['motivation'] },
  ObjectionOverridden: { required: ['objectionId', 'motivation'], optional: [] },
  RestrictionApplied: {
    required: ['restrictionId', 'ground'],
    optional: ['purposes', 'dataCategories', 'note'],
  },
  RestrictionLifted: { required: ['restrictionId', 'reason'], optional: [] },
  ErasureCompleted: { required: ['retain'], optional: ['note'] },
};

/** Rules of contract sections 3 and 5 that hold for every sequence of commands. */
describe('decideCommand: properties', () => {
  /** Runs the steps, handing each outcome, with the state it was judged on, to `check`. */
  function run(check: (outcome: ReturnType<typeof decideCommand>, erased: boolean, now: string) => void) {
    return fc.property(steps, (all) => {
      let state = initialSubjectState();
      for (const { command, now } of all) {
        const outcome = decideCommand(state, command, { now, catalogue });
        check(outcome, state.erased, now);
        if (isRefusal(outcome)) continue;
        const event = { ...outcome.event, eventId: 'e', occurredAt: outcome.occurredAt, recordedAt: now };
        state = evolve(state, event as HistoryEvent);
      }
    });
  }

  it('decideCommand_ForAnyRefusal_NeverRepeatsFreeText', () => {
    fc.assert(run((outcome) => isRefusal(outcome) && expect(JSON.stringify(outcome)).not.toContain(SECRET)));
  });

  it('decideCommand_ForAnyAcceptedCommand_EventCarriesExactlyTheContractFields', () => {
    fc.assert(
      run((outcome) => {
        if (isRefusal(outcome)) return;
        const { type, data } = outcome.event as LedgerEventBody & { data: Record<string, unknown> };
        const { required, optional } = FIELDS[type];
        expect(Object.keys(data).sort()).toEqual(expect.arrayContaining(required));
        expect([...required, ...optional]).toEqual(expect.arrayContaining(Object.keys(data)));
        expect(Object.values(data)).not.toContain(undefined);
      }),
    );
  });

  it('decideCommand_ForAnyAcceptedCommand_OccurredNoMoreThanFiveMinutesAhead', () => {
    fc.assert(
      run((outcome, _erased, now) => {
        if (!isRefusal(outcome))
          expect(outcome.occurredAt <= addMilliseconds(now, FUTURE_TOLERANCE_MS)).toBe(true);
      }),
    );
  });

  it('decideCommand_WhenSubjectErased_NothingMoreIsWritten', () => {
    fc.assert(run((outcome, erased) => erased && expect(isRefusal(outcome)).toBe(true)));
  });
});
