import fc from 'fast-check';
import { HistoryEvent } from '../events';
import { moment, PURPOSES, steps } from '../testing/arbitraries';
import { record } from '../testing/history';
import { purposeOf } from '../testing/specification';
import { decide } from './decide';
import { noise } from '../testing/noise';

/** Rules of contract section 4 that hold for every history the commands can produce. */
describe('decide: properties (arts. 6, 17, 18, 21)', () => {
  beforeAll(() => fc.configureGlobal({ numRuns: 300 }));
  afterAll(() => fc.resetConfigureGlobal());

  /** Mostly a purpose the history has a basis for, so that the later steps of the decision are reached. */
  const scenario = steps.map(record).chain((history) => {
    const based = history.flatMap((e) => (e.type === 'BasisEstablished' ? [e.data.purpose] : []));
    const purpose = based.length
      ? fc.oneof(fc.constantFrom(...based), fc.constantFrom(...PURPOSES))
      : fc.constantFrom(...PURPOSES);
    return fc.record({ history: fc.constant(history), purpose, at: moment });
  });
  const FAR_FUTURE = '9999-12-31T23:59:59.999Z';

  it('decide_ForAnyHistory_PermittedExactlyWhenABasisIsNamedAndReasonsAreWellFormed', () => {
    fc.assert(
      fc.property(scenario, ({ history, purpose, at }) => {
        const verdict = decide(history, purposeOf(purpose), at);
        const ids = new Set(history.map((e) => e.eventId));
        expect(verdict.permitted).toBe(verdict.basis !== null);
        expect(verdict.reasons.length).toBeGreaterThan(0);
        expect(verdict.reasons[0].code === 'BASIS_ACTIVE').toBe(verdict.permitted);
        if (!verdict.permitted) expect(verdict.reasons).toHaveLength(1);
        for (const [i, reason] of verdict.reasons.entries()) {
          if (i > 0) expect(['OBJECTION_OVERRIDDEN', 'RESTRICTION_EXEMPT']).toContain(reason.code);
          expect(reason.eventId === undefined).toBe(reason.code === 'NO_BASIS');
          if (reason.eventId !== undefined) expect(ids).toContain(reason.eventId);
        }
      }),
    );
  });

  it('decide_ForAnyHistory_ReliesOnlyOnABasisActiveAtAt', () => {
    fc.assert(
      fc.property(scenario, ({ history, purpose, at }) => {
        const { basis } = decide(history, purposeOf(purpose), at);
        if (basis === null) return;
        const established = history.find((e) => e.eventId === basis.eventId);
        expect(established).toMatchObject({
          type: 'BasisEstablished',
          data: { purpose, basisId: basis.basisId },
        });
        expect(basis.validFrom <= at && (basis.validUntil === undefined || at < basis.validUntil)).toBe(true);
        const withdrawal = history.find(
          (e) => e.type === 'BasisWithdrawn' && e.data.basisId === basis.basisId,
        );
        expect(withdrawal === undefined || withdrawal.occurredAt > at).toBe(true);
      }),
    );
  });

  it('decide_Art17_WhenTheLatestErasureByAtDoesNotKeepThePurpose_DeniesErasedOnIt', () => {
    fc.assert(
      fc.property(scenario, ({ history, purpose, at }) => {
        const erasures = history.filter((e) => e.type === 'ErasureCompleted' && e.occurredAt <= at);
        const latest = erasures.reduce<HistoryEvent | undefined>(
          (found, e) => (found === undefined || e.occurredAt >= found.occurredAt ? e : found),
          undefined,
        );
        if (latest?.type !== 'ErasureCompleted' || latest.data.retain.includes(purpose)) return;
        expect(decide(history, purposeOf(purpose), at).reasons).toEqual([
          expect.objectContaining({ code: 'ERASED', eventId: latest.eventId }),
        ]);
      }),
    );
  });

  it('decide_EDPB_05_2020_ForAnyHistory_NeverReliesOnLegitimateInterestsOnceAConsentEnded', () => {
    fc.assert(
      fc.property(scenario, ({ history, purpose, at }) => {
        const { basis } = decide(history, purposeOf(purpose), at);
        if (basis?.legalBasis !== 'legitimate-interests') return;
        const consents = history.filter(
          (e) =>
            e.type === 'BasisEstablished' && e.data.purpose === purpose && e.data.legalBasis === 'consent',
        );
        for (const consent of consents) {
          if (consent.type !== 'BasisEstablished') continue;
          const { basisId, validUntil } = consent.data;
          const ended =
            (validUntil !== undefined && validUntil <= at) ||
            history.some(
              (e) => e.type === 'BasisWithdrawn' && e.data.basisId === basisId && e.occurredAt <= at,
            );
          expect(ended).toBe(false);
        }
      }),
    );
  });

  it('decide_Art21_3_ForAnyHistory_AnAbsoluteObjectionInForceLeavesOnlyALaterConsent', () => {
    fc.assert(
      fc.property(scenario, ({ history, purpose, at }) => {
        const definition = purposeOf(purpose);
        const { basis } = decide(history, definition, at);
        if (basis === null || definition.objection !== 'absolute') return;
        const relied = history.find((e) => e.eventId === basis.eventId) as HistoryEvent;
        const inForce = history.filter(
          (e) =>
            e.type === 'ObjectionFiled' &&
            e.data.purposes.includes(purpose) &&
            e.occurredAt <= at &&
            !history.some(
              (w) =>
                w.type === 'ObjectionWithdrawn' &&
                w.data.objectionId === e.data.objectionId &&
                w.occurredAt <= at,
            ),
        );
        for (const objection of inForce) {
          expect(basis.legalBasis).toBe('consent');
          expect(relied.occurredAt > objection.occurredAt).toBe(true);
        }
      }),
    );
  });

  it('decide_WhenAsOfIsFarFuture_EqualsDecideWithoutAsOf', () => {
    fc.assert(
      fc.property(scenario, ({ history, purpose, at }) => {
        const definition = purposeOf(purpose);
        expect(decide(history, definition, at, { asOf: FAR_FUTURE })).toEqual(
          decide(history, definition, at),
        );
      }),
    );
  });

  it('decide_WithAsOf_EqualsDecideOverWhatWasRecordedByThen', () => {
    fc.assert(
      fc.property(scenario, moment, ({ history, purpose, at }, asOf) => {
        const known = history.filter((e) => e.recordedAt <= asOf);
        const definition = purposeOf(purpose);
        expect(decide(history, definition, at, { asOf })).toEqual(decide(known, definition, at));
      }),
    );
  });

  it('decide_ForAnyHistory_IsDeterministicAndLeavesTheHistoryAlone', () => {
    fc.assert(
      fc.property(scenario, ({ history, purpose, at }) => {
        const frozen = deepFreeze(history);
        expect(decide(frozen, purposeOf(purpose), at)).toEqual(decide(frozen, purposeOf(purpose), at));
      }),
    );
  });

  it('decide_WhenOtherPurposesHaveEvents_AnswersTheSame', () => {
    const mixed = scenario.chain((s) =>
      fc.record({
        s: fc.constant(s),
        other: steps.map(record),
        order: fc.array(fc.boolean(), { maxLength: 40 }),
      }),
    );
    fc.assert(
      fc.property(mixed, ({ s: { history, purpose, at }, other, order }) => {
        const merged = interleave(history, noise(other, purpose), order);
        expect(decide(merged, purposeOf(purpose), at)).toEqual(decide(history, purposeOf(purpose), at));
      }),
    );
  });
});

function interleave(a: HistoryEvent[], b: HistoryEvent[], order: boolean[]): HistoryEvent[] {
  const merged: HistoryEvent[] = [];
  let i = 0;
  let j = 0;
  for (let k = 0; i < a.length || j < b.length; k++) {
    if (j >= b.length || (i < a.length && (order[k] ?? true))) merged.push(a[i++]);
    else merged.push(b[j++]);
  }
  return merged;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) Object.values(value).forEach(deepFreeze);
  return Object.freeze(value);
}
