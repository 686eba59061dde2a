/**
 * The wire: every shape the HTTP API answers or takes, in one place that the API (its DTOs implement these)
 * and the client both import, so they cannot drift apart. Types only, but for two constants; the vocabulary
 * comes from the domain, where the rules that use it live.
 */
export * from './audit';
export * from './changes';
export * from './commands';
export * from './decisions';
export * from './objections';
export * from './problem';
export type { PurposeCatalogue, PurposeDefinition } from '@ledger/domain/catalogue/purpose';
export type { PurposeDecisionChange } from '@ledger/domain/decision/changes';
export type { BasisRelied, Reason, ReasonCode } from '@ledger/domain/decision/decision';
export type {
  Actor,
  LedgerEventType,
  LegalBasis,
  ObjectionChannel,
  RecordedEvent,
  RestrictionGround,
  WithdrawalReason,
} from '@ledger/domain/events';
export type { FieldError, RefusalCode } from '@ledger/domain/refusal';
