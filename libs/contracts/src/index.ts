/**
 * The wire: every shape the HTTP API answers or takes, in one place that the API (its DTOs implement these)
 * and the client both import, so they cannot drift apart. Types only, but for two constants; the vocabulary
 * comes from the domain, where the rules that use it live.
 */
export * from './audit';
export * from './changes';
export * from './commands';
export * from './decisions';
export * from './problem';
export type {
  Actor,
  BasisRelied,
  PurposeDecisionChange,
  FieldError,
  LedgerEventType,
  LegalBasis,
  ObjectionChannel,
  PurposeCatalogue,
  PurposeDefinition,
  Reason,
  ReasonCode,
  RecordedEvent,
  RefusalCode,
  RestrictionGround,
  WithdrawalReason,
} from '@ledger/domain';
