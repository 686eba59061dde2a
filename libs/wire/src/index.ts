/**
 * The wire: every shape the HTTP API answers or takes, in one place that the API (its DTOs implement these)
 * and the client both import, so they cannot drift apart. Types only, but for two constants; the vocabulary
 * comes from the domain, where the rules that use it live.
 */
export * from './audit';
export * from './catalogue';
export * from './changes';
export * from './commands';
export * from './decisions';
export * from './due';
export * from './export';
export * from './health';
export * from './objections';
export * from './problem';
export * from './recipients';
export * from './requests';
export type {
  Controller,
  ErasureExemption,
  Notice,
  PurposeCatalogue,
  PurposeDefinition,
  Recipient,
} from '@ledger/domain/catalogue/purpose';
export type { RecipientView, DisclosureView } from '@ledger/domain/recipients/recipients-of';
export type { RequestView } from '@ledger/domain/rights/request-register';
export type { Suppression } from '@ledger/domain/erasure/suppression';
export type { PurposeDecisionChange } from '@ledger/domain/decision/changes';
export type { BasisRelied, Reason, ReasonCode } from '@ledger/domain/decision/decision';
export type {
  Actor,
  ContactChannel,
  IdentityMethod,
  LedgerEventType,
  LegalBasis,
  NotificationOutcome,
  ObjectionChannel,
  RecordedEvent,
  RequestOutcome,
  RequestRefusalGround,
  RestrictionGround,
  Right,
  WithdrawalReason,
} from '@ledger/domain/events';
export type { FieldError, RefusalCode } from '@ledger/domain/refusal';
export type { Language } from '@ledger/domain/explanation/phrasebook';
export type { DecisionCause } from '@ledger/domain/decision/decision-history';
