import { LegalBasis } from '../events';

/**
 * How art. 21 objection works for a purpose: `none` (no basis art. 21 applies to), `balancing` (art. 21(1):
 * the controller weighs compelling grounds), `claims` (art. 21(1), last limb: the processing serves legal
 * claims, so only an upheld objection stops it), `absolute` (art. 21(3) direct marketing; 21(6) statistics and
 * research outside a public task).
 */
export const OBJECTION_RULES = ['none', 'balancing', 'claims', 'absolute'] as const;
export type ObjectionRule = (typeof OBJECTION_RULES)[number];

/** Art. 17(3)(b), (d), (e): why data of an erased subject may be kept for a purpose. */
export const ERASURE_EXEMPTIONS = [
  'legal-obligation',
  'archiving-research-statistics',
  'legal-claims',
] as const;
export type ErasureExemption = (typeof ERASURE_EXEMPTIONS)[number];

export const SUBJECT_CATEGORIES = [
  'debtor',
  'client-contact',
  'prospect',
  'external-contact',
  'applicant',
] as const;
export type SubjectCategory = (typeof SUBJECT_CATEGORIES)[number];

export const RECIPIENT_KINDS = ['client', 'group-company', 'third-party', 'processor', 'authority'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/** Art. 22(2): the exceptions that allow a solely automated decision, and the legal basis each one needs. */
export const AUTOMATED_DECISION_GROUNDS: Readonly<Record<AutomatedDecisionGround, LegalBasis>> = {
  contract: 'contract',
  law: 'legal-obligation',
  'explicit-consent': 'consent',
};
export type AutomatedDecisionGround = 'contract' | 'law' | 'explicit-consent';

/** One processing purpose of the catalogue (contract section 2): its entry in the art. 30 record. */
export interface PurposeDefinition {
  id: string;
  description: string;
  legalBases: LegalBasis[];
  objection: ObjectionRule;
  allowedUnderRestriction: boolean;
  dataCategories: string[];
  subjectCategories: SubjectCategory[];
  /** Ids of the catalogue's recipients the data of this purpose may go to. */
  recipients: string[];
  /** ISO 8601 duration (`P7Y`): caps every basis; a basis without `validUntil` ends this long after `validFrom`. */
  maxDuration?: string;
  /** The art. 17(3) exemption under which an erasure may keep this purpose; none: it can never be kept. */
  erasureExemption?: ErasureExemption;
  /** Art. 4(4). */
  profiling: boolean;
  /** Data categories that only a `consent` basis covers (Telecommunicatiewet art. 11.7: e-mail, phone). */
  consentRequiredFor?: string[];
  /** Art. 22: decisions of this purpose are taken without human involvement. */
  solelyAutomatedDecisions?: boolean;
  automatedDecisionGround?: AutomatedDecisionGround;
}

/** A version of the privacy statement that can be shown to a person, and the purposes whose texts it carries. */
export interface Notice {
  version: string;
  language: string;
  publishedAt: string;
  purposes: string[];
}

export interface Recipient {
  id: string;
  name: string;
  kind: RecipientKind;
}

export interface Controller {
  name: string;
  contact: string;
}

/** The catalogue, in exactly the shape `GET /v1/purposes` answers and `LEDGER_PURPOSES_FILE` holds. */
export interface PurposeCatalogue {
  version: string;
  controller?: Controller;
  notices: Notice[];
  recipients: Recipient[];
  purposes: PurposeDefinition[];
}
