import { PurposeDefinition } from '../catalogue/purpose';
import { LegalBasis } from '../events';
import { isRefusal, refuse, Refusal } from '../refusal';
import { addDuration } from '../time';
import { CommandOf } from './command';
import { CommandRules } from './command-rules';
import {
  blank,
  canonicalTimes,
  noticeNotApplicable,
  unknownNotice,
  unknownPurposes,
  withoutUndefined,
} from './rules';

type EstablishBasis = CommandOf<'EstablishBasis'>;

interface Parsed {
  command: EstablishBasis;
  purpose: PurposeDefinition;
  occurredAt: string;
  validFrom: string;
  validUntil?: string;
}

/**
 * Records the legal basis a purpose rests on. `validFrom` defaults to when it occurred; a purpose's maximum
 * duration (art. 5(1)(e)) caps the period and fills in `validUntil` when none is given. Every basis but a
 * legal obligation carries its evidence, and consent the statement the person was shown (arts. 5(2), 7(1)).
 */
export const establishBasis: CommandRules<EstablishBasis, Parsed> = {
  parse(command, { now, catalogue }) {
    const { occurredAt: at, validFrom: from, validUntil: until } = command;
    const times = canonicalTimes({ occurredAt: at, validFrom: from, validUntil: until });
    if (isRefusal(times)) return times;
    const refusal =
      unknownPurposes(catalogue, command.purpose, 'purpose') ??
      unknownNotice(catalogue, command.noticeVersion);
    if (refusal) return refusal;
    const purpose = catalogue.purpose(command.purpose) as PurposeDefinition;
    const occurredAt = times.occurredAt ?? now;
    const validFrom = times.validFrom ?? occurredAt;
    const validUntil = times.validUntil ?? longestUntil(purpose, validFrom);
    return { command, purpose, occurredAt, validFrom, validUntil };
  },

  checks(parsed, _state, { catalogue }) {
    const { command, purpose, occurredAt } = parsed;
    return (
      basisNotAllowed(purpose, command.legalBasis) ??
      invalidPeriod(parsed) ??
      consentProofRequired(command) ??
      evidenceRequired(command) ??
      noticeNotApplicable(catalogue, command.noticeVersion, occurredAt, purpose.id) ??
      consentNotRetroactive(parsed)
    );
  },

  event({ command, purpose, validFrom, validUntil }) {
    return {
      type: 'BasisEstablished',
      data: withoutUndefined({
        basisId: command.basisId,
        purpose: purpose.id,
        legalBasis: command.legalBasis,
        evidence: command.evidence,
        noticeVersion: command.noticeVersion,
        validFrom,
        validUntil,
      }),
    };
  },
};

/** 422 BASIS_NOT_ALLOWED: only the legal bases the catalogue lists can support a purpose. */
function basisNotAllowed(purpose: PurposeDefinition, legalBasis: LegalBasis): Refusal | undefined {
  if (purpose.legalBases.includes(legalBasis)) return undefined;
  return refuse('BASIS_NOT_ALLOWED', `${legalBasis} cannot support ${purpose.id}`, [
    { field: 'legalBasis', message: `must be one of ${purpose.legalBases.join(', ')}` },
  ]);
}

/**
 * 422 INVALID_PERIOD: `validUntil` must lie after `validFrom`, and within the purpose's maximum duration
 * (art. 5(1)(e)): a longer period would outlive what the catalogue allows.
 */
function invalidPeriod({ purpose, validFrom, validUntil }: Parsed): Refusal | undefined {
  if (validUntil === undefined) return undefined;
  if (validUntil <= validFrom) {
    return refuse('INVALID_PERIOD', 'validUntil must be after validFrom', [
      { field: 'validUntil', message: 'must be after validFrom' },
    ]);
  }
  const limit = longestUntil(purpose, validFrom);
  if (limit === undefined || validUntil <= limit) return undefined;
  return refuse(
    'INVALID_PERIOD',
    `validUntil lies beyond the ${purpose.maxDuration} ${purpose.id} may last`,
    [{ field: 'validUntil', message: `must be at most ${purpose.maxDuration} after validFrom` }],
  );
}

/**
 * 422 CONSENT_PROOF_REQUIRED (art. 7(1)): the controller must be able to show the consent: its receipt, and
 * the version of the statement the person was shown.
 */
function consentProofRequired(command: EstablishBasis): Refusal | undefined {
  if (command.legalBasis !== 'consent') return undefined;
  const fields = [
    ...(blank(command.evidence) ? [{ field: 'evidence', message: 'must hold the consent receipt' }] : []),
    ...(command.noticeVersion === undefined
      ? [{ field: 'noticeVersion', message: 'must name the privacy statement the person was shown' }]
      : []),
  ];
  return fields.length
    ? refuse('CONSENT_PROOF_REQUIRED', 'consent needs its receipt and notice', fields)
    : undefined;
}

/**
 * 422 EVIDENCE_REQUIRED (art. 5(2), accountability): every basis but a legal obligation names what shows it:
 * the contract or mandate, the balancing test, the task or the vital interest. A legal obligation is shown
 * by the law itself, which the purpose names.
 */
function evidenceRequired(command: EstablishBasis): Refusal | undefined {
  if (command.legalBasis === 'legal-obligation' || !blank(command.evidence)) return undefined;
  return refuse('EVIDENCE_REQUIRED', `a ${command.legalBasis} basis needs its evidence`, [
    { field: 'evidence', message: 'must reference what shows the basis (contract, balancing test, ...)' },
  ]);
}

/**
 * 422 CONSENT_NOT_RETROACTIVE (EDPB Guidelines 05/2020): consent covers processing from when it was given,
 * never before.
 */
function consentNotRetroactive({ command, occurredAt, validFrom }: Parsed): Refusal | undefined {
  if (command.legalBasis !== 'consent' || validFrom >= occurredAt) return undefined;
  return refuse('CONSENT_NOT_RETROACTIVE', 'consent cannot be valid before it was given', [
    { field: 'validFrom', message: 'must not be before occurredAt for consent' },
  ]);
}

function longestUntil(purpose: PurposeDefinition, validFrom: string): string | undefined {
  return purpose.maxDuration === undefined ? undefined : addDuration(validFrom, purpose.maxDuration);
}
