import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import {
  AUTOMATED_DECISION_GROUNDS,
  ERASURE_EXEMPTIONS,
  LEGAL_BASES,
  OBJECTION_RULES,
  RECIPIENT_KINDS,
  SUBJECT_CATEGORIES,
} from '@ledger/domain';
import type {
  CatalogueVersion,
  CatalogueVersionsAnswer,
  Controller,
  Notice,
  PurposeCatalogue,
  PurposeDefinition,
  Recipient,
} from '@ledger/wire';
import {
  flag,
  listOf,
  objectOf,
  oneOfValues,
  optional,
  position,
  ref,
  text,
  timestamp,
} from '../typed-schema';

const ids = () => listOf(text());

/** The catalogue of contract section 2, as `GET /v1/purposes` answers it and `LEDGER_PURPOSES_FILE` holds it. */
export const CATALOGUE_SCHEMAS: Record<string, SchemaObject> = {
  PurposeDefinition: objectOf<PurposeDefinition>({
    id: text(),
    description: text(),
    legalBases: listOf(oneOfValues(LEGAL_BASES)),
    objection: oneOfValues(OBJECTION_RULES),
    allowedUnderRestriction: flag(),
    dataCategories: ids(),
    subjectCategories: listOf(oneOfValues(SUBJECT_CATEGORIES)),
    recipients: ids(),
    maxDuration: optional(text('an ISO 8601 duration, e.g. P7Y')),
    erasureExemption: optional(oneOfValues(ERASURE_EXEMPTIONS)),
    profiling: flag(),
    consentRequiredFor: optional(ids()),
    solelyAutomatedDecisions: optional(flag()),
    automatedDecisionGround: optional(oneOfValues(Object.keys(AUTOMATED_DECISION_GROUNDS))),
  }),
  Notice: objectOf<Notice>({ version: text(), language: text(), publishedAt: timestamp(), purposes: ids() }),
  Recipient: objectOf<Recipient>({ id: text(), name: text(), kind: oneOfValues(RECIPIENT_KINDS) }),
  Controller: objectOf<Controller>({ name: text(), contact: text() }),
  PurposeCatalogue: objectOf<PurposeCatalogue>({
    version: text(),
    controller: optional(ref('Controller')),
    notices: listOf(ref('Notice')),
    recipients: listOf(ref('Recipient')),
    purposes: listOf(ref('PurposeDefinition')),
  }),
  CatalogueVersion: objectOf<CatalogueVersion>({
    version: text(),
    adoptedAt: timestamp(),
    position: position(),
    actor: ref('Actor'),
  }),
  CatalogueVersionsAnswer: objectOf<CatalogueVersionsAnswer>({
    versions: listOf(ref('CatalogueVersion'), 'oldest first'),
  }),
};
