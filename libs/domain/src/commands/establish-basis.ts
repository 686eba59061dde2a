import { PurposeDefinition } from '../catalogue/purpose';
import { LegalBasis } from '../events';
import { isRefusal, refuse, Refusal } from '../refusal';
import { SubjectState } from '../state/subject-state';
import { addDuration } from '../time';
import { LedgerCommand } from './command';
import type { CommandContext, CommandOutcome } from './decide-command';
import {
  canonicalTimes,
  occurredInFuture,
  subjectErased,
  unknownPurposes,
  withoutUndefined,
  wrongExpectedRevision,
} from './rules';

type EstablishBasis = Extract<LedgerCommand, { type: 'EstablishBasis' }>;

/**
 * Records the legal basis a purpose rests on. `validFrom` defaults to when it occurred; a purpose with a
 * maximum duration (`fiscal-retention`: P7Y) bounds the period, and fills in `validUntil` when none is given.
 */
export function establishBasis(
  state: SubjectState,
  command: EstablishBasis,
  context: CommandContext,
): CommandOutcome | Refusal {
  const { occurredAt: at, validFrom: from, validUntil: until } = command;
  const times = canonicalTimes({ occurredAt: at, validFrom: from, validUntil: until });
  if (isRefusal(times)) return times;
  const unknown = unknownPurposes(context.catalogue, command.purpose, 'purpose');
  if (unknown) return unknown;
  const purpose = context.catalogue.purpose(command.purpose) as PurposeDefinition;
  const occurredAt = times.occurredAt ?? context.now;
  const validFrom = times.validFrom ?? occurredAt;
  const validUntil = times.validUntil ?? defaultValidUntil(purpose, validFrom);
  return (
    subjectErased(state) ??
    wrongExpectedRevision(state, context.expectedRevision) ??
    occurredInFuture(occurredAt, context.now) ??
    basisNotAllowed(purpose, command.legalBasis) ??
    invalidPeriod(purpose, validFrom, validUntil) ?? {
      occurredAt,
      event: {
        type: 'BasisEstablished',
        data: withoutUndefined({
          basisId: command.basisId,
          purpose: purpose.id,
          legalBasis: command.legalBasis,
          evidence: command.evidence,
          validFrom,
          validUntil,
        }),
      },
    }
  );
}

/** 422 BASIS_NOT_ALLOWED: only the legal bases the catalogue lists can support a purpose. */
function basisNotAllowed(purpose: PurposeDefinition, legalBasis: LegalBasis): Refusal | undefined {
  if (purpose.legalBases.includes(legalBasis)) return undefined;
  return refuse('BASIS_NOT_ALLOWED', `${legalBasis} cannot support ${purpose.id}`, [
    { field: 'legalBasis', message: `must be one of ${purpose.legalBases.join(', ')}` },
  ]);
}

/**
 * 422 INVALID_PERIOD: `validUntil` must lie after `validFrom`. The contract names only that case; we also
 * refuse a `validUntil` beyond the purpose's `maxDuration`, since the catalogue bounds how long the basis may
 * last and a longer period would silently outlive it.
 */
function invalidPeriod(
  purpose: PurposeDefinition,
  validFrom: string,
  validUntil?: string,
): Refusal | undefined {
  if (validUntil === undefined) return undefined;
  if (validUntil <= validFrom) {
    return refuse('INVALID_PERIOD', 'validUntil must be after validFrom', [
      { field: 'validUntil', message: 'must be after validFrom' },
    ]);
  }
  const limit = defaultValidUntil(purpose, validFrom);
  if (limit === undefined || validUntil <= limit) return undefined;
  return refuse(
    'INVALID_PERIOD',
    `validUntil lies beyond the ${purpose.maxDuration} ${purpose.id} may last`,
    [{ field: 'validUntil', message: `must be at most ${purpose.maxDuration} after validFrom` }],
  );
}

function defaultValidUntil(purpose: PurposeDefinition, validFrom: string): string | undefined {
  return purpose.maxDuration === undefined ? undefined : addDuration(validFrom, purpose.maxDuration);
}
