import fc from 'fast-check';
import { LedgerCommand } from '../commands/command';
import {
  LEGAL_BASES,
  LegalBasis,
  NOTICE_CHANNELS,
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
  const notice = fc.record({
    type: fc.constant('RecordNotice' as const),
    noticeVersion: fc.constant(NOTICE),
    channel: fc.constantFrom(...NOTICE_CHANNELS),
    occurredAt: when,
  });
  return fc.oneof(
    { arbitrary: establish, weight: 8 },
    ...[withdraw, file, resolveObjection, lift].map((arbitrary) => ({ arbitrary, weight: 4 })),
    ...[restrict, withdrawObjection].map((arbitrary) => ({ arbitrary, weight: 2 })),
    ...[erase, notice].map((arbitrary) => ({ arbitrary, weight: 1 })),
  );
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
};
const REFERS: Partial<Record<LedgerCommand['type'], string>> = {
  WithdrawBasis: 'basisId',
  ResolveObjection: 'objectionId',
  WithdrawObjection: 'objectionId',
  LiftRestriction: 'restrictionId',
};

/**
 * Ids as the edge makes them: a creating command gets a fresh one; a referring command names one created
 * earlier (accepted or not), or, one time in a few, an id that was never created.
 */
function resolveIds(commands: LedgerCommand[]): LedgerCommand[] {
  const created: Record<string, string[]> = { basisId: [], objectionId: [], restrictionId: [] };
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
