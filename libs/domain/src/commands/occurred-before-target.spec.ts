import { HistoryEvent } from '../events';
import {
  basis,
  disclosure,
  identityVerified,
  objection,
  requestReceived,
  restriction,
  t,
} from '../testing/events';
import { given } from '../testing/specification';
import { LedgerCommand } from './command';

/** Every target happened on this day; each command is tried the day before, and on the day itself. */
const DAY = t('2026-06-01');
const DAY_BEFORE = t('2026-05-31');

interface Case {
  /** The command, the article whose record it completes. */
  name: string;
  given: HistoryEvent[];
  command: (occurredAt: string) => LedgerCommand;
}

const CASES: Case[] = [
  {
    name: 'WithdrawBasis (art. 7(3))',
    given: [basis('b1', 'collection', 'contract', { at: DAY })],
    command: (occurredAt) => ({ type: 'WithdrawBasis', basisId: 'b1', reason: 'contract-ended', occurredAt }),
  },
  {
    name: 'ResolveObjection (art. 21(1))',
    given: [objection('o1', ['collection'], { at: DAY })],
    command: (occurredAt) => ({ type: 'ResolveObjection', objectionId: 'o1', outcome: 'upheld', occurredAt }),
  },
  {
    name: 'WithdrawObjection (art. 21)',
    given: [objection('o1', ['collection'], { at: DAY })],
    command: (occurredAt) => ({
      type: 'WithdrawObjection',
      objectionId: 'o1',
      evidence: 'letter',
      occurredAt,
    }),
  },
  {
    name: 'LiftRestriction (art. 18(3))',
    given: [restriction('r1', { at: DAY })],
    command: (occurredAt) => ({
      type: 'LiftRestriction',
      restrictionId: 'r1',
      reason: 'resolved',
      subjectInformedAt: occurredAt,
      occurredAt,
    }),
  },
  {
    name: 'VerifyIdentity (art. 12(6))',
    given: [requestReceived('q1', 'access', { at: DAY })],
    command: (occurredAt) => ({ type: 'VerifyIdentity', requestId: 'q1', method: 'id-document', occurredAt }),
  },
  {
    name: 'ExtendRequest (art. 12(3))',
    given: [requestReceived('q1', 'access', { at: DAY })],
    command: (occurredAt) => ({ type: 'ExtendRequest', requestId: 'q1', reason: 'complex', occurredAt }),
  },
  {
    name: 'CompleteRequest (art. 12(3))',
    given: [requestReceived('q1', 'access', { at: DAY }), identityVerified('q1', { at: DAY })],
    command: (occurredAt) => ({ type: 'CompleteRequest', requestId: 'q1', outcome: 'granted', occurredAt }),
  },
  {
    name: 'NotifyRecipient (art. 19)',
    given: [
      disclosure('d1', 'direct-pay-services', 'credit-check-sharing', ['naw', 'payments'], {
        at: t('2026-05-01'),
      }),
      restriction('r1', { at: DAY, dataCategories: ['payments'] }),
    ],
    command: (occurredAt) => ({
      type: 'NotifyRecipient',
      about: 'RestrictionApplied:r1',
      recipientId: 'direct-pay-services',
      occurredAt,
    }),
  },
];

/**
 * A withdrawal, decision, lifting, request step or notification dated before what it acts on would end a period
 * before it began: the history in world time would lose the period altogether, and with it what the ledger
 * answered meanwhile (art. 5(1)(d) accuracy, art. 5(2) accountability). The contract is silent; the ledger
 * refuses it. Back-dating is otherwise free: on the target's own moment, the command is accepted.
 */
describe('a command dated before what it acts on (art. 5(1)(d), 5(2))', () => {
  it.each(CASES)(
    '$name: the day before its target, refuses OCCURRED_BEFORE_TARGET',
    ({ given: history, command }) => {
      given(...history)
        .when(command(DAY_BEFORE))
        .thenRefused('OCCURRED_BEFORE_TARGET', [{ field: 'occurredAt' }]);
    },
  );

  it.each(CASES)('$name: on its target’s own moment, is accepted', ({ given: history, command }) => {
    given(...history)
      .when(command(DAY))
      .thenAccepted();
  });

  it('comes after the command’s other 422 rules', () => {
    // A lifting before the restriction, and before the person was told: art. 18(3) answers first.
    given(restriction('r1', { at: DAY }))
      .when({
        type: 'LiftRestriction',
        restrictionId: 'r1',
        reason: 'resolved',
        subjectInformedAt: DAY,
        occurredAt: DAY_BEFORE,
      })
      .thenRefused('SUBJECT_NOT_INFORMED');
  });
});
