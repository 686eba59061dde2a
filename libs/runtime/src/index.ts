/**
 * What the API and the operator CLI share: how the ledger is configured and opened, how personal fields are
 * sealed and opened, what the read side keeps of an event, and how a decision is given and a subject
 * exported. Plain classes and functions, no Nest: the API wires them into its module with providers.
 */
export * from './audit/subject-events';
export * from './audit/verify-subjects';
export * from './bounded-map';
export * from './catalogue/adopt-catalogue';
export * from './catalogue/catalogue-stream';
export * from './catalogue/load-catalogue';
export * from './clock';
export * from './config/ledger-config';
export * from './config/server-limits';
export * from './crypto/data-key-ids';
export * from './crypto/master-key';
export * from './crypto/personal-data-codec';
export * from './crypto/random-pool';
export * from './decision/decision';
export * from './decision/explained-history';
export * from './decision/stream-decisions';
export * from './event-id';
export * from './failure-message';
export * from './export/subject-export';
export type { DpvDocument } from './export/dpv/dpv-document';
export { DPV_CONTEXT } from './export/dpv/dpv-context';
export * from './projection/subject-projection';
export * from './projection/to-history-event';
export * from './store/open-event-store';
export * from './subject-id';
