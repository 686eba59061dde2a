import { LegalBasis, RestrictionGround, WithdrawalReason } from '../events';
import { longDate, Phrasebook } from './phrasebook';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The purposes of the default catalogue; a purpose an operator added is named by its id. */
const PURPOSES: Readonly<Record<string, string>> = {
  collection: 'debt collection',
  'credit-check-sharing': 'sharing data for credit checks',
  'credit-management': 'credit management',
  'debtor-contact': 'contacting the debtor',
  payouts: 'payouts',
  'rights-verification': 'identity checks on GDPR requests',
  'call-recording': 'call recording',
  'client-contract': 'performing the contract with the client',
  'prospect-contact': 'direct marketing to prospects',
  'supplier-contact': 'contacting suppliers and external parties',
  recruitment: 'recruitment',
  'fiscal-retention': 'the fiscal retention duty',
  statistics: 'statistics and archiving',
  'legal-claims': 'legal claims',
};

const LEGAL_BASES: Readonly<Record<LegalBasis, string>> = {
  consent: 'consent',
  contract: 'the contract',
  'legal-obligation': 'a legal obligation',
  'vital-interests': 'vital interests',
  'public-task': 'a task in the public interest',
  'legitimate-interests': 'legitimate interests',
};

const GROUNDS: Readonly<Record<RestrictionGround, string>> = {
  'accuracy-contested': 'the accuracy of the data is contested',
  'unlawful-processing': 'the processing is unlawful',
  'legal-claims': 'the subject needs the data for a legal claim',
  'objection-pending': 'an objection is being considered',
};

const WITHDRAWALS: Readonly<Record<WithdrawalReason, string>> = {
  'consent-withdrawn': 'consent withdrawn',
  'contract-ended': 'contract ended',
  'no-longer-necessary': 'no longer necessary',
  other: 'another reason',
};

const date = (iso: string) => longDate(iso, MONTHS);

export const ENGLISH: Phrasebook = {
  purposeName: (purpose) => PURPOSES[purpose.id] ?? `the purpose "${purpose.id}"`,

  permitted(purpose, basis) {
    const valid =
      basis.validUntil === undefined
        ? `valid since ${date(basis.validFrom)}`
        : `valid from ${date(basis.validFrom)} until ${date(basis.validUntil)}`;
    return (
      `Processing for ${purpose} is permitted on the basis of ${LEGAL_BASES[basis.legalBasis]} ` +
      `(basis ${basis.basisId}, ${valid}).`
    );
  },

  denied(purpose, facts) {
    return `Processing for ${purpose} is not permitted: ${why(facts)}.`;
  },

  remark(facts) {
    if (facts.code === 'OBJECTION_OVERRIDDEN') {
      return `An objection was overridden on ${date(facts.on)}, because compelling legitimate grounds for the processing outweigh it.`;
    }
    return `Processing has been restricted since ${date(facts.since)} because ${GROUNDS[facts.ground]}, but this purpose may continue under the restriction.`;
  },
};

function why(facts: Parameters<Phrasebook['denied']>[1]): string {
  switch (facts.code) {
    case 'ERASED':
      return `the subject's data was erased on ${date(facts.on)}`;
    case 'RESTRICTED':
      return `processing has been restricted since ${date(facts.since)} because ${GROUNDS[facts.ground]}`;
    case 'BASIS_WITHDRAWN':
      return facts.reason === 'consent-withdrawn'
        ? `consent was withdrawn on ${date(facts.on)}, and no other basis may take its place`
        : `the basis was withdrawn on ${date(facts.on)} (${WITHDRAWALS[facts.reason]})`;
    case 'BASIS_EXPIRED':
      return facts.legalBasis === 'consent'
        ? `consent expired on ${date(facts.on)}, and no other basis may take its place`
        : `the basis expired on ${date(facts.on)}`;
    case 'NO_BASIS':
      return 'no legal basis for this purpose has been recorded';
    case 'OBJECTION_PENDING':
      return `an objection filed on ${date(facts.filed)} has not been decided yet`;
    case 'OBJECTION_UPHELD':
      return facts.absolute
        ? `the subject objected on ${date(facts.on)}, and an objection to this purpose is absolute`
        : `an objection was upheld on ${date(facts.on)}`;
    case 'CONSENT_REQUIRED':
      return `this processing needs the person's prior consent, and ${LEGAL_BASES[facts.legalBasis]} does not replace it`;
    case 'AUTOMATED_DECISION_NOT_ALLOWED':
      return `decisions for this purpose are taken without human involvement, which only ${LEGAL_BASES[facts.needed]} allows`;
  }
}
