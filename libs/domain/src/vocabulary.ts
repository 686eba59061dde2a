/** The closed lists of values the events and commands use (contract sections 3, 6 and 7). */

export const LEGAL_BASES = [
  'consent',
  'contract',
  'legal-obligation',
  'vital-interests',
  'public-task',
  'legitimate-interests',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const WITHDRAWAL_REASONS = [
  'consent-withdrawn',
  'contract-ended',
  'no-longer-necessary',
  'other',
] as const;
export type WithdrawalReason = (typeof WITHDRAWAL_REASONS)[number];

export const OBJECTION_CHANNELS = ['letter', 'email', 'phone', 'web', 'other'] as const;
export type ObjectionChannel = (typeof OBJECTION_CHANNELS)[number];

/** Art. 18(1)(a)-(d). */
export const RESTRICTION_GROUNDS = [
  'accuracy-contested',
  'unlawful-processing',
  'legal-claims',
  'objection-pending',
] as const;
export type RestrictionGround = (typeof RESTRICTION_GROUNDS)[number];

/** How a person or a recipient was reached, or reached the ledger's keeper. */
export const CONTACT_CHANNELS = ['letter', 'email', 'phone', 'web', 'in-person', 'other'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** The eight rights the privacy statement promises (contract section 6). */
export const RIGHTS = [
  'explanation',
  'access',
  'rectification',
  'erasure',
  'portability',
  'restriction',
  'objection',
  'human-review',
] as const;
export type Right = (typeof RIGHTS)[number];

/** How a requester's identity was established (art. 12(6)); proportionate, so "no reasonable doubt" counts. */
export const IDENTITY_METHODS = [
  'id-document',
  'known-contact-details',
  'in-person',
  'no-reasonable-doubt',
  'other',
] as const;
export type IdentityMethod = (typeof IDENTITY_METHODS)[number];

export const REQUEST_OUTCOMES = ['granted', 'partly-granted', 'refused'] as const;
export type RequestOutcome = (typeof REQUEST_OUTCOMES)[number];

/** Art. 12(5) and (6), and a right that does not apply to the data or processing asked about. */
export const REQUEST_REFUSAL_GROUNDS = [
  'manifestly-unfounded',
  'excessive',
  'identity-not-verified',
  'not-applicable',
] as const;
export type RequestRefusalGround = (typeof REQUEST_REFUSAL_GROUNDS)[number];

/** Art. 19: told, or one of the two exceptions it allows. */
export const NOTIFICATION_OUTCOMES = ['notified', 'impossible', 'disproportionate-effort'] as const;
export type NotificationOutcome = (typeof NOTIFICATION_OUTCOMES)[number];
