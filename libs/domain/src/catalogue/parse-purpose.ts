import { LEGAL_BASES, LegalBasis } from '../events';
import { isValidDuration } from '../time';
import { CatalogueReader } from './catalogue-reader';
import {
  AUTOMATED_DECISION_GROUNDS,
  AutomatedDecisionGround,
  ERASURE_EXEMPTIONS,
  OBJECTION_RULES,
  PurposeDefinition,
  SUBJECT_CATEGORIES,
} from './purpose';

const FIELDS = [
  'id',
  'description',
  'legalBases',
  'objection',
  'allowedUnderRestriction',
  'dataCategories',
  'subjectCategories',
  'recipients',
  'maxDuration',
  'erasureExemption',
  'profiling',
  'consentRequiredFor',
  'solelyAutomatedDecisions',
  'automatedDecisionGround',
];

/** Bases that art. 21(1) lets a person object to. */
const OBJECTABLE: readonly LegalBasis[] = ['legitimate-interests', 'public-task'];

/**
 * One purpose of a catalogue file, with the rules that make a purpose unusable on its own: an objection rule
 * `none` beside a basis art. 21(1) applies to (an upheld objection would change nothing), consent required
 * for categories the purpose does not use or without consent among its bases (nothing could ever be
 * permitted), a solely automated decision without its art. 22(2) ground, or with a ground whose basis the
 * purpose does not allow.
 */
export function parsePurpose(read: CatalogueReader, json: unknown, path: string): PurposeDefinition {
  const raw = read.object(json, path, FIELDS);
  const at = (field: string) => `${path}.${field}`;
  const legalBases = read.list(raw.legalBases, at('legalBases'), (value, p) =>
    read.oneOf(value, p, LEGAL_BASES),
  );
  const objection = read.oneOf(raw.objection, at('objection'), OBJECTION_RULES);
  if (objection === 'none' && legalBases.some((basis) => OBJECTABLE.includes(basis))) {
    read.fail(
      at('objection'),
      'must not be "none" while legitimate-interests or public-task is a legal basis (art. 21(1))',
    );
  }
  const dataCategories = read.strings(raw.dataCategories, at('dataCategories'));
  const purpose: PurposeDefinition = {
    id: read.id(raw.id, at('id')),
    description: read.string(raw.description, at('description')),
    legalBases,
    objection,
    allowedUnderRestriction: read.boolean(raw.allowedUnderRestriction, at('allowedUnderRestriction')),
    dataCategories,
    subjectCategories: read.list(raw.subjectCategories, at('subjectCategories'), (value, p) =>
      read.oneOf(value, p, SUBJECT_CATEGORIES),
    ),
    recipients: read.strings(raw.recipients, at('recipients'), false),
    profiling: read.boolean(raw.profiling, at('profiling')),
  };
  if (raw.maxDuration !== undefined) {
    if (typeof raw.maxDuration !== 'string' || !isValidDuration(raw.maxDuration)) {
      read.fail(at('maxDuration'), 'must be an ISO 8601 duration such as "P7Y"');
    }
    purpose.maxDuration = raw.maxDuration as string;
  }
  if (raw.erasureExemption !== undefined) {
    purpose.erasureExemption = read.oneOf(raw.erasureExemption, at('erasureExemption'), ERASURE_EXEMPTIONS);
  }
  if (raw.consentRequiredFor !== undefined) {
    purpose.consentRequiredFor = consentRequiredFor(
      read,
      raw.consentRequiredFor,
      at('consentRequiredFor'),
      purpose,
    );
  }
  if (raw.solelyAutomatedDecisions !== undefined) {
    purpose.solelyAutomatedDecisions = read.boolean(
      raw.solelyAutomatedDecisions,
      at('solelyAutomatedDecisions'),
    );
  }
  const ground = automatedDecisionGround(read, raw.automatedDecisionGround, path, purpose);
  if (ground !== undefined) purpose.automatedDecisionGround = ground;
  return purpose;
}

function consentRequiredFor(
  read: CatalogueReader,
  json: unknown,
  path: string,
  purpose: PurposeDefinition,
): string[] {
  const categories = read.strings(json, path);
  categories.forEach((category, i) => {
    if (!purpose.dataCategories.includes(category)) {
      read.fail(`${path}[${i}]`, `"${category}" is not among the purpose's dataCategories`);
    }
  });
  if (!purpose.legalBases.includes('consent')) read.fail(path, 'needs consent among the legalBases');
  return categories;
}

function automatedDecisionGround(
  read: CatalogueReader,
  json: unknown,
  path: string,
  purpose: PurposeDefinition,
): AutomatedDecisionGround | undefined {
  const grounds = Object.keys(AUTOMATED_DECISION_GROUNDS) as AutomatedDecisionGround[];
  const ground =
    json === undefined ? undefined : read.oneOf(json, `${path}.automatedDecisionGround`, grounds);
  if (purpose.solelyAutomatedDecisions && ground === undefined) {
    read.fail(`${path}.automatedDecisionGround`, 'is required with solelyAutomatedDecisions (art. 22(2))');
  }
  if (ground !== undefined && !purpose.legalBases.includes(AUTOMATED_DECISION_GROUNDS[ground])) {
    read.fail(
      `${path}.automatedDecisionGround`,
      `"${ground}" needs ${AUTOMATED_DECISION_GROUNDS[ground]} among the legalBases`,
    );
  }
  return ground;
}
