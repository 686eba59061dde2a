import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { LEGAL_BASES, LegalBasis } from '../events';
import { isValidDuration } from '../time';
import { ObjectionRule, PurposeCatalogue, PurposeDefinition } from './purpose';

/** A catalogue file that cannot be used; the message names the file and the fault, and stops start-up. */
export class CatalogueError extends Error {
  override readonly name = 'CatalogueError';
}

const ID = /^[a-z0-9-]+$/;
const OBJECTION_RULES: readonly ObjectionRule[] = ['absolute', 'balancing', 'none'];
const CATALOGUE_FIELDS = ['version', 'purposes'];
const PURPOSE_FIELDS = [
  'id',
  'description',
  'legalBases',
  'objection',
  'allowedUnderRestriction',
  'dataCategories',
  'maxDuration',
];

/** Throws `CatalogueError` at the first fault; `path` locates it inside the file (`purposes[3].legalBases[0]`). */
type Fail = (path: string, fault: string) => never;

/** Parses the text of a catalogue file: bad JSON is a fault like any other. */
export function parseCatalogueText(text: string, source: string): PurposeCatalogue {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CatalogueError(`${source}: not valid JSON (${(error as Error).message})`);
  }
  return parseCatalogue(json, source);
}

/**
 * Validates a catalogue in the shape of `GET /v1/purposes`. Without a `version` the catalogue is identified by
 * `sha256:` and the first 16 hex digits of the SHA-256 of its canonical (RFC 8785) purposes.
 */
export function parseCatalogue(json: unknown, source: string): PurposeCatalogue {
  const fail: Fail = (path, fault) => {
    throw new CatalogueError(`${source}: ${path ? `${path}: ` : ''}${fault}`);
  };
  const root = object(json, '', CATALOGUE_FIELDS, fail);
  if (root.version !== undefined && (typeof root.version !== 'string' || root.version.trim() === '')) {
    fail('version', 'must be a non-empty string');
  }
  if (!Array.isArray(root.purposes) || root.purposes.length === 0)
    fail('purposes', 'must be a non-empty list');
  const purposes = (root.purposes as unknown[]).map((entry, i) => purpose(entry, `purposes[${i}]`, fail));
  unique(
    purposes.map((p) => p.id),
    (i) => `purposes[${i}].id`,
    fail,
  );
  return { version: (root.version as string | undefined) ?? contentVersion(purposes), purposes };
}

function purpose(json: unknown, path: string, fail: Fail): PurposeDefinition {
  const raw = object(json, path, PURPOSE_FIELDS, fail);
  const id = raw.id;
  if (typeof id !== 'string' || !ID.test(id)) fail(`${path}.id`, 'must be a non-empty id of [a-z0-9-]');
  if (typeof raw.description !== 'string') fail(`${path}.description`, 'must be a string');
  const legalBases = strings(raw.legalBases, `${path}.legalBases`, fail) as LegalBasis[];
  legalBases.forEach((basis, i) => {
    if (!LEGAL_BASES.includes(basis)) fail(`${path}.legalBases[${i}]`, `unknown legal basis "${basis}"`);
  });
  if (!OBJECTION_RULES.includes(raw.objection as ObjectionRule)) {
    fail(`${path}.objection`, `must be one of ${OBJECTION_RULES.join(', ')}`);
  }
  if (typeof raw.allowedUnderRestriction !== 'boolean')
    fail(`${path}.allowedUnderRestriction`, 'must be a boolean');
  const dataCategories = strings(raw.dataCategories, `${path}.dataCategories`, fail);
  const maxDuration = raw.maxDuration;
  if (maxDuration !== undefined && (typeof maxDuration !== 'string' || !isValidDuration(maxDuration))) {
    fail(`${path}.maxDuration`, 'must be an ISO 8601 duration such as "P7Y"');
  }
  return {
    id,
    description: raw.description as string,
    legalBases,
    objection: raw.objection as ObjectionRule,
    allowedUnderRestriction: raw.allowedUnderRestriction as boolean,
    dataCategories,
    ...(maxDuration === undefined ? {} : { maxDuration: maxDuration as string }),
  };
}

function object(json: unknown, path: string, fields: readonly string[], fail: Fail): Record<string, unknown> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) fail(path, 'must be an object');
  const unknownField = Object.keys(json as object).find((key) => !fields.includes(key));
  if (unknownField !== undefined) fail(path, `unknown field "${unknownField}"`);
  return json as Record<string, unknown>;
}

/** A non-empty list of distinct non-empty strings. */
function strings(json: unknown, path: string, fail: Fail): string[] {
  if (!Array.isArray(json) || json.length === 0) fail(path, 'must be a non-empty list');
  const list = json as unknown[];
  list.forEach((item, i) => {
    if (typeof item !== 'string' || item === '') fail(`${path}[${i}]`, 'must be a non-empty string');
  });
  unique(list as string[], (i) => `${path}[${i}]`, fail);
  return [...(list as string[])];
}

function unique(values: readonly string[], pathOf: (i: number) => string, fail: Fail): void {
  const index = values.findIndex((value, i) => values.indexOf(value) !== i);
  if (index >= 0) fail(pathOf(index), `duplicate "${values[index]}"`);
}

function contentVersion(purposes: readonly PurposeDefinition[]): string {
  const digest = createHash('sha256')
    .update(canonicalize({ purposes }) as string)
    .digest('hex');
  return `sha256:${digest.slice(0, 16)}`;
}
