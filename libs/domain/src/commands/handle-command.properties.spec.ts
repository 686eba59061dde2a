import fc from 'fast-check';
import { HistoryEvent, LedgerEventBody, LedgerEventType } from '../events';
import { isRefusal } from '../refusal';
import { evolve } from '../state/evolve';
import { initialSubjectState, SubjectState } from '../state/subject-state';
import { addMilliseconds, FUTURE_TOLERANCE_MS } from '../time';
import { SECRET, steps } from '../testing/arbitraries';
import { catalogue } from '../testing/specification';
import { handleCommand } from './handle-command';

/** Contract section 3: the fields each event's data may carry, required first. */
const FIELDS: Record<LedgerEventType, { required: string[]; optional: string[] }> = {
  BasisEstablished: {
    required: ['basisId', 'purpose', 'legalBasis', 'validFrom'],
    optional: ['evidence', 'noticeVersion', 'validUntil'],
  },
  BasisWithdrawn: { required: ['basisId', 'purpose', 'reason'], optional: ['note'] },
  ObjectionFiled: { required: ['objectionId', 'purposes'], optional: ['grounds', 'channel', 'requestId'] },
  ObjectionUpheld: { required: ['objectionId'], optional: ['motivation'] },
  ObjectionOverridden: { required: ['objectionId', 'motivation'], optional: [] },
  RestrictionApplied: {
    required: ['restrictionId', 'ground'],
    optional: ['purposes', 'dataCategories', 'note', 'requestId'],
  },
  ObjectionWithdrawn: { required: ['objectionId', 'evidence'], optional: ['note'] },
  RestrictionLifted: { required: ['restrictionId', 'reason', 'subjectInformedAt'], optional: [] },
  ErasureCompleted: { required: ['retain'], optional: ['note', 'suppressionRefs', 'requestId'] },
  NoticeProvided: { required: ['noticeVersion', 'channel'], optional: [] },
  RequestReceived: { required: ['requestId', 'right'], optional: ['channel', 'note'] },
  IdentityVerified: { required: ['requestId', 'method'], optional: ['note'] },
  RequestExtended: { required: ['requestId', 'reason', 'extendedUntil'], optional: [] },
  RequestCompleted: {
    required: ['requestId', 'outcome'],
    optional: ['refusalGround', 'motivation', 'remediesInformed'],
  },
  RectificationRecorded: { required: ['rectificationId', 'dataCategories'], optional: ['note', 'requestId'] },
  DataDisclosed: {
    required: ['disclosureId', 'recipientId', 'purpose', 'dataCategories'],
    optional: ['recipientRef'],
  },
  RecipientNotified: { required: ['about', 'recipientId', 'outcome'], optional: ['channel', 'note'] },
};

/** Rules of contract sections 3 and 5 that hold for every sequence of commands. */
describe('handleCommand: properties', () => {
  /** Runs the steps, handing each outcome, with the state it was judged on, to `check`. */
  function run(check: (outcome: ReturnType<typeof handleCommand>, state: SubjectState, now: string) => void) {
    return fc.property(steps, (all) => {
      let state = initialSubjectState();
      for (const { command, now } of all) {
        const outcome = handleCommand(state, command, { now, catalogue });
        check(outcome, state, now);
        if (isRefusal(outcome)) continue;
        const event = { ...outcome.event, eventId: 'e', occurredAt: outcome.occurredAt, recordedAt: now };
        state = evolve(state, event as HistoryEvent);
      }
    });
  }

  it('handleCommand_ForAnyRefusal_NeverRepeatsFreeText', () => {
    fc.assert(run((outcome) => isRefusal(outcome) && expect(JSON.stringify(outcome)).not.toContain(SECRET)));
  });

  it('handleCommand_ForAnyAcceptedCommand_EventCarriesExactlyTheContractFields', () => {
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

  it('handleCommand_ForAnyAcceptedCommand_OccurredNoMoreThanFiveMinutesAhead', () => {
    fc.assert(
      run((outcome, _erased, now) => {
        if (!isRefusal(outcome))
          expect(outcome.occurredAt <= addMilliseconds(now, FUTURE_TOLERANCE_MS)).toBe(true);
      }),
    );
  });

  it('handleCommand_Art17_WhenErasedKeepingNothing_OnlyTheRequestRegisterAndArt19RecordsAreWritten', () => {
    const stillTaken: LedgerEventType[] = [
      'RequestReceived',
      'IdentityVerified',
      'RequestExtended',
      'RequestCompleted',
      'RectificationRecorded',
      'DataDisclosed',
      'RecipientNotified',
    ];
    fc.assert(
      run((outcome, state) => {
        if (state.retained?.length !== 0 || isRefusal(outcome)) return;
        expect(stillTaken).toContain(outcome.event.type);
      }),
    );
  });

  it('handleCommand_Art17_3_WhenErased_OnlyWhatConcernsRetainedPurposesIsWritten', () => {
    fc.assert(
      run((outcome, state) => {
        if (state.retained === null || isRefusal(outcome)) return;
        const retained = state.retained;
        const { event } = outcome;
        const purposes = concerned(event, state);
        if (event.type === 'ErasureCompleted') {
          expect(event.data.retain.length).toBeLessThan(retained.length);
        }
        for (const purpose of purposes) expect(retained).toContain(purpose);
        expect(event.type).not.toBe('BasisEstablished');
      }),
    );
  });
});

/** The purposes an event names, directly or through the objection it follows up. */
function concerned(event: LedgerEventBody, state: SubjectState): readonly string[] {
  switch (event.type) {
    case 'BasisWithdrawn':
    case 'BasisEstablished':
      return [event.data.purpose];
    case 'ObjectionFiled':
    case 'RestrictionApplied':
      return event.data.purposes ?? [];
    case 'ObjectionUpheld':
    case 'ObjectionOverridden':
    case 'ObjectionWithdrawn':
      return state.objections.get(event.data.objectionId)?.purposes ?? [];
    default:
      return [];
  }
}
