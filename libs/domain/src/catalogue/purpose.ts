import { LegalBasis } from '../events';

/** How art. 21 objection works for a purpose. */
export type ObjectionRule = 'absolute' | 'balancing' | 'none';

/** One processing purpose of the catalogue (contract section 2). */
export interface PurposeDefinition {
  id: string;
  description: string;
  legalBases: LegalBasis[];
  objection: ObjectionRule;
  allowedUnderRestriction: boolean;
  dataCategories: string[];
  /** ISO 8601 duration (`P7Y`): a basis without `validUntil` ends this long after `validFrom`. */
  maxDuration?: string;
}

/** The catalogue in force, in exactly the shape `GET /v1/purposes` answers and `LEDGER_PURPOSES_FILE` holds. */
export interface PurposeCatalogue {
  version: string;
  purposes: PurposeDefinition[];
}
