import fc from 'fast-check';
import { LedgerCommand } from '../commands/command';
import {
  LEGAL_BASES,
  LegalBasis,
  CONTACT_CHANNELS,
  IDENTITY_METHODS,
  NOTIFICATION_OUTCOMES,
  REQUEST_OUTCOMES,
  REQUEST_REFUSAL_GROUNDS,
  RIGHTS,
  OBJECTION_CHANNELS,
  RESTRICTION_GROUNDS,
  WITHDRAWAL_REASONS,
} from '../events';
import { Step } from './history';
import { purposeOf } from './specification';

/**
 * Random command sequences for property tests. Times come from a small grid of days so that events collide
 * and straddle each other; ids come from small pools so that commands refer to what earlier ones created
 * (and sometimes to nothing, or twice). Free-text fields carry `SECRET` markers that must never leak.
 */
const DAY = 86_400_000;
const BASE = Date.UTC(2026, 0, 1);
export const SECRET = 'SECRET-personal-text';

/** Day `n` of the grid, at `hour`. */
export function day(n: number, hour = 0): string {
  return new Date(BASE + n * DAY + hour * 3_600_000).toISOString();
}

/**
 * A moment on or around the grid's days: before, at and after 10:00, when the steps happen, so that questions
 * land on both sides of the times a history names.
 */
export const moment: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: -2, max: 24 }), fc.constantFrom(0, 9, 10, 12))
  .map(([n, h]) => day(n, h));

export const PURPOSES = [
  'collection',
  'credit-check-sharing',
  'prospect-contact',
  'payouts',
  'fiscal-retention',
  'legal-claims',
  'call-recording',
];
const CATEGORIES = ['naw', 'bank-account', 'birth-date', 'call-recordings', 'payments', 'id-copy'];
const RECIPIENTS = ['clients', 'direct-pay-services', 'bailiff', 'processors'];

/** A placeholder (`?n`) that `resolveIds` turns into a fresh id or one created by an earlier command. */
const id = fc.nat({ max: 9 }).map((n) => `?${n}`);
const text = fc.option(fc.constant(SECRET), { nil: undefined });
/** Evidence is mostly given (most bases need it); sometimes it is not, and the command is refused. */
const proof = fc.option(fc.constant(SECRET), { freq: 6, nil: undefined });
/** The default catalogue's one notice. */
const NOTICE = 'webcasso-2026-1';
const someOf = (values: string[]) => fc.subarray(values, { minLength: 1 });
/** A day offset around the step's own day: mostly the past (back-dating), sometimes ahead. */
const offset = fc.option(
  fc.oneof(
    { arbitrary: fc.integer({ min: -4, max: 0 }), weight: 9 },
    { arbitrary: fc.constant(1), weight: 1 },
  ),
  { nil: undefined },
);

function command(stepDay: number): fc.Arbitrary<LedgerCommand> {
  const when = offset.map((d) => (d === undefined ? undefined : day(stepDay + d, 9)));
  const period = fc.tuple(offset, fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }));
  const establish = fc
    .record({
      type: fc.constant('EstablishBasis' as const),
      basisId: id,
      purpose: fc.constantFrom(...PURPOSES),
      legalBasis: fc.constantFrom(...LEGAL_BASES),
      allowed: fc.nat(),
      evidence: proof,
      noticeVersion: fc.option(fc.constant(NOTICE), { freq: 5, nil: undefined }),
      period,
      occurredAt: when,
    })
    .map(({ period: [from, length], allowed, ...rest }) => ({
      ...rest,
      legalBasis: allowedBasis(rest.purpose, rest.legalBasis, allowed),
      validFrom: from === undefined ? undefined : day(stepDay + from),
      validUntil: length === undefined ? undefined : day(stepDay + (from ?? 0) + length),
    }));
  const withdraw = fc.record({
    type: fc.constant('WithdrawBasis' as const),
    basisId: id,
    reason: fc.constantFrom(...WITHDRAWAL_REASONS),
    note: text,
    occurredAt: when,
  });
  const file = fc.record({
    type: fc.constant('FileObjection' as const),
    objectionId: id,
    purposes: someOf(PURPOSES),
    grounds: text,
    channel: fc.option(fc.constantFrom(...OBJECTION_CHANNELS), { nil: undefined }),
    occurredAt: when,
  });
  const resolveObjection = fc.record({
    type: fc.constant('ResolveObjection' as const),
    objectionId: id,
    outcome: fc.constantFrom('upheld' as const, 'overridden' as const),
    motivation: text,
    occurredAt: when,
  });
  const withdrawObjection = fc.record({
    type: fc.constant('WithdrawObjection' as const),
    objectionId: id,
    evidence: fc.constant(SECRET),
    note: text,
    occurredAt: when,
  });
  const restrict = fc.record({
    type: fc.constant('ApplyRestriction' as const),
    restrictionId: id,
    ground: fc.constantFrom(...RESTRICTION_GROUNDS),
    purposes: fc.option(someOf(PURPOSES), { nil: undefined }),
    dataCategories: fc.option(someOf(CATEGORIES), { nil: undefined }),
    note: text,
    occurredAt: when,
  });
  const lift = fc
    .record({
      type: fc.constant('LiftRestriction' as const),
      restrictionId: id,
      reason: fc.constant(SECRET),
      informedBefore: fc.integer({ min: -1, max: 2 }),
      occurredAt: when,
    })
    .map(({ informedBefore, ...rest }) => ({
      ...rest,
      // Mostly told the day before the lifting; sometimes (refused) the day after.
      subjectInformedAt: day(stepDay - informedBefore, 8),
    }));
  const erase = fc.record({
    type: fc.constant('CompleteErasure' as const),
    // Mostly what an erasure may keep (art. 17(3)); sometimes anything, which is refused.
    retain: fc.option(fc.oneof(fc.subarray(['fiscal-retention', 'legal-claims']), fc.subarray(PURPOSES)), {
      nil: undefined,
    }),
    note: text,
    suppressionRefs: fc.option(fc.constant<string[]>(['ref-1']), { nil: undefined }),
    occurredAt: when,
  });
  const rectify = fc.record({
    type: fc.constant('RecordRectification' as const),
    rectificationId: id,
    dataCategories: someOf(CATEGORIES),
    note: text,
    occurredAt: when,
  });
  const disclose = fc.record({
    type: fc.constant('RecordDisclosure' as const),
    disclosureId: id,
    recipientId: fc.constantFrom(...RECIPIENTS),
    recipientRef: text,
    purpose: fc.constantFrom(...PURPOSES),
    dataCategories: someOf(CATEGORIES),
    occurredAt: when,
  });
  /** About an event of the history by its id as `record` gives it, notifiable or not. */
  const notify = fc.record({
    type: fc.constant('NotifyRecipient' as const),
    about: fc.nat({ max: 19 }).map((n) => `e${n}`),
    recipientId: fc.constantFrom(...RECIPIENTS),
    outcome: fc.option(fc.constantFrom(...NOTIFICATION_OUTCOMES), { nil: undefined }),
    note: text,
    occurredAt: when,
  });
  const notice = fc.record({
    type: fc.constant('RecordNotice' as const),
    noticeVersion: fc.constant(NOTICE),
    channel: fc.constantFrom(...CONTACT_CHANNELS),
    occurredAt: when,
  });
  return fc.oneof(
    { arbitrary: establish, weight: 8 },
    ...[withdraw, file, resolveObjection, lift].map((arbitrary) => ({ arbitrary, weight: 4 })),
    ...[restrict, withdrawObjection, disclose].map((arbitrary) => ({ arbitrary, weight: 2 })),
    ...[erase, notice, ...requestSteps(when), rectify, notify].map((arbitrary) => ({ arbitrary, weight: 1 })),
  );
}

/** The steps of a data-subject request (contract section 6). */
function requestSteps(when: fc.Arbitrary<string | undefined>): fc.Arbitrary<LedgerCommand>[] {
  const receive = fc.record({
    type: fc.constant('ReceiveRequest' as const),
    requestId: id,
    right: fc.constantFrom(...RIGHTS),
    channel: fc.option(fc.constantFrom(...CONTACT_CHANNELS), { nil: undefined }),
    note: text,
    occurredAt: when,
  });
  const verify = fc.record({
    type: fc.constant('VerifyIdentity' as const),
    requestId: id,
    method: fc.constantFrom(...IDENTITY_METHODS),
    note: text,
    occurredAt: when,
  });
  const extend = fc.record({
    type: fc.constant('ExtendRequest' as const),
    requestId: id,
    reason: fc.constant(SECRET),
    occurredAt: when,
  });
  const complete = fc.record({
    type: fc.constant('CompleteRequest' as const),
    requestId: id,
    outcome: fc.constantFrom(...REQUEST_OUTCOMES),
    refusalGround: fc.option(fc.constantFrom(...REQUEST_REFUSAL_GROUNDS), { nil: undefined }),
    motivation: text,
    remediesInformed: fc.option(fc.boolean(), { nil: undefined }),
    occurredAt: when,
  });
  return [receive, verify, extend, complete];
}

/** Mostly a legal basis the purpose allows (else the command is refused); one time in five, any. */
function allowedBasis(purpose: string, any: LegalBasis, pick: number): LegalBasis {
  const allowed = purposeOf(purpose).legalBases;
  return pick % 5 === 0 ? any : allowed[pick % allowed.length];
}

const CREATES: Partial<Record<LedgerCommand['type'], string>> = {
  EstablishBasis: 'basisId',
  FileObjection: 'objectionId',
  ApplyRestriction: 'restrictionId',
  ReceiveRequest: 'requestId',
  RecordRectification: 'rectificationId',
  RecordDisclosure: 'disclosureId',
};
const REFERS: Partial<Record<LedgerCommand['type'], string>> = {
  WithdrawBasis: 'basisId',
  ResolveObjection: 'objectionId',
  WithdrawObjection: 'objectionId',
  LiftRestriction: 'restrictionId',
  VerifyIdentity: 'requestId',
  ExtendRequest: 'requestId',
  CompleteRequest: 'requestId',
};

/**
 * Ids as the edge makes them: a creating command gets a fresh one; a referring command names one created
 * earlier (accepted or not), or, one time in a few, an id that was never created.
 */
function resolveIds(commands: LedgerCommand[]): LedgerCommand[] {
  const created: Record<string, string[]> = {
    basisId: [],
    objectionId: [],
    restrictionId: [],
    requestId: [],
    rectificationId: [],
    disclosureId: [],
  };
  return commands.map((command, i) => {
    const key = CREATES[command.type] ?? REFERS[command.type];
    if (key === undefined) return command;
    const pool = created[key];
    const pick = Number((command as unknown as Record<string, string>)[key].slice(1));
    const value = CREATES[command.type]
      ? `${key}-${i}`
      : (pool[pick % (pool.length + 1)] ?? `${key}-missing`);
    if (CREATES[command.type]) pool.push(value);
    return { ...command, [key]: value };
  });
}

/**
 * 3 to 20 steps, one per day of the grid at 10:00. Bases come often; restrictions (which may cover everything)
 * and erasures (which end a history) rarely.
 */
export const steps: fc.Arbitrary<Step[]> = fc
  .array(fc.nat(), { minLength: 3, maxLength: 20, size: 'max' })
  .chain((seeds) => fc.tuple(...seeds.map((_, i) => command(i))))
  .map((commands) => resolveIds(commands).map((command, i) => ({ command, now: day(i, 10) })));
