import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { LEGAL_BASES, PERSONAL_FIELDS } from '@ledger/domain';
import type {
  BasisRelied,
  CheckBatchAnswer,
  Decision,
  DecisionCause,
  DecisionHistoryAnswer,
  DecisionHistoryEntry,
  PurposeDecisionChange,
  Reason,
  ReasonCode,
  SubjectPermissions,
} from '@ledger/wire';
import {
  flag,
  listOf,
  nullable,
  objectOf,
  oneOfValues,
  optional,
  position,
  ref,
  subjectId,
  text,
  timestamp,
} from '../typed-schema';

/** Every reason code, so tsc refuses this list when the domain gains or drops one. */
const REASON_CODES: Readonly<Record<ReasonCode, true>> = {
  ERASED: true,
  RESTRICTED: true,
  BASIS_WITHDRAWN: true,
  BASIS_EXPIRED: true,
  NO_BASIS: true,
  OBJECTION_PENDING: true,
  OBJECTION_UPHELD: true,
  CONSENT_REQUIRED: true,
  AUTOMATED_DECISION_NOT_ALLOWED: true,
  BASIS_ACTIVE: true,
  OBJECTION_OVERRIDDEN: true,
  RESTRICTION_EXEMPT: true,
};

export const EVENT_TYPES = Object.keys(PERSONAL_FIELDS);

const explanation = optional(text('a plain-language explanation, only when asked for with explain=en|nl'));

/** The decision's own fields (contract section 4), shared by every shape that carries one. */
const verdict = {
  purpose: text('a purpose id of the catalogue'),
  permitted: flag(),
  reasons: listOf(ref('Reason'), 'why; reasons[0] is the first step that decided'),
  basis: nullable(ref('BasisRelied'), 'the basis relied on when permitted'),
};

export const DECISION_SCHEMAS: Record<string, SchemaObject> = {
  Reason: objectOf<Reason>({
    code: oneOfValues(Object.keys(REASON_CODES)),
    eventId: optional(text('the event the reason rests on; absent for NO_BASIS')),
    message: text(),
  }),
  BasisRelied: objectOf<BasisRelied>({
    basisId: text(),
    legalBasis: oneOfValues(LEGAL_BASES),
    eventId: text(),
    validFrom: timestamp(),
    validUntil: optional(timestamp()),
  }),
  Decision: objectOf<Decision>(
    {
      subjectId: subjectId(),
      ...verdict,
      at: timestamp('the moment decided for'),
      position: position('the read side position the answer was computed at'),
      decisionId: text('names this one answer in the decision log'),
      explanation,
    },
    'A decision (contract section 5)',
  ),
  SubjectPermissions: objectOf<SubjectPermissions>({
    subjectId: subjectId(),
    position: position(),
    decisions: listOf(ref('Decision'), 'one per purpose of the catalogue'),
  }),
  CheckBatchAnswer: objectOf<CheckBatchAnswer>({
    position: position(),
    results: listOf(ref('Decision'), 'one per check, in order'),
  }),
  DecisionCause: {
    description: 'the event that changed the decision, or a basis validity starting or ending',
    oneOf: [
      objectOf<Extract<DecisionCause, { type: string }>>({ eventId: text(), type: oneOfValues(EVENT_TYPES) }),
      objectOf<Extract<DecisionCause, { validity: string }>>({
        validity: oneOfValues(['basis-started', 'basis-expired']),
        basisId: text(),
        eventId: text(),
      }),
    ],
  },
  DecisionHistoryEntry: objectOf<DecisionHistoryEntry>({
    at: timestamp('from when on'),
    permitted: flag(),
    reasons: listOf(ref('Reason')),
    basis: nullable(ref('BasisRelied')),
    causedBy: nullable(ref('DecisionCause'), "null for the decision in force at the window's start"),
    explanation,
  }),
  DecisionHistoryAnswer: objectOf<DecisionHistoryAnswer>({
    subjectId: subjectId(),
    purpose: text(),
    from: nullable(timestamp()),
    to: timestamp(),
    asOf: nullable(timestamp()),
    changes: listOf(ref('DecisionHistoryEntry')),
  }),
  PurposeDecisionChange: objectOf<PurposeDecisionChange>(verdict),
};
