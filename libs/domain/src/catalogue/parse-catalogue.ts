import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { CatalogueError, CatalogueReader } from './catalogue-reader';
import { parsePurpose } from './parse-purpose';
import { Controller, Notice, PurposeCatalogue, Recipient, RECIPIENT_KINDS } from './purpose';

export { CatalogueError } from './catalogue-reader';

const CATALOGUE_FIELDS = ['version', 'controller', 'notices', 'recipients', 'purposes'];

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
 * Validates a catalogue in the shape of `GET /v1/purposes` (contract section 2), throwing `CatalogueError` at the
 * first fault. Besides each part's own rules, the parts must agree: a purpose names only listed recipients, a
 * notice covers only listed purposes. Without a `version` the catalogue is identified by `sha256:` and the
 * first 16 hex digits of the SHA-256 of its canonical (RFC 8785) content.
 */
export function parseCatalogue(json: unknown, source: string): PurposeCatalogue {
  const read = new CatalogueReader(source);
  const root = read.object(json, '', CATALOGUE_FIELDS);
  const version = root.version === undefined ? undefined : read.text(root.version, 'version');
  const recipients = read.list(
    root.recipients,
    'recipients',
    (value, path) => recipient(read, value, path),
    false,
  );
  read.unique(
    recipients.map((r) => r.id),
    (i) => `recipients[${i}].id`,
  );
  const purposes = read.list(root.purposes, 'purposes', (value, path) => parsePurpose(read, value, path));
  read.unique(
    purposes.map((p) => p.id),
    (i) => `purposes[${i}].id`,
  );
  purposes.forEach((purpose, i) =>
    purpose.recipients.forEach((id, j) => {
      if (!recipients.some((r) => r.id === id))
        read.fail(`purposes[${i}].recipients[${j}]`, `unknown recipient "${id}"`);
    }),
  );
  const notices = read.list(root.notices, 'notices', (value, path) => notice(read, value, path), false);
  read.unique(
    notices.map((n) => n.version),
    (i) => `notices[${i}].version`,
  );
  notices.forEach((n, i) =>
    n.purposes.forEach((id, j) => {
      if (!purposes.some((p) => p.id === id))
        read.fail(`notices[${i}].purposes[${j}]`, `unknown purpose "${id}"`);
    }),
  );
  const content = {
    ...(root.controller === undefined ? {} : { controller: controller(read, root.controller) }),
    notices,
    recipients,
    purposes,
  };
  return { version: version ?? contentVersion(content), ...content };
}

function recipient(read: CatalogueReader, json: unknown, path: string): Recipient {
  const raw = read.object(json, path, ['id', 'name', 'kind']);
  return {
    id: read.id(raw.id, `${path}.id`),
    name: read.text(raw.name, `${path}.name`),
    kind: read.oneOf(raw.kind, `${path}.kind`, RECIPIENT_KINDS),
  };
}

function notice(read: CatalogueReader, json: unknown, path: string): Notice {
  const raw = read.object(json, path, ['version', 'language', 'publishedAt', 'purposes']);
  if (typeof raw.language !== 'string' || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(raw.language)) {
    read.fail(`${path}.language`, 'must be a language tag such as "nl" or "en-GB"');
  }
  return {
    version: read.text(raw.version, `${path}.version`),
    language: raw.language as string,
    publishedAt: read.timestamp(raw.publishedAt, `${path}.publishedAt`),
    purposes: read.strings(raw.purposes, `${path}.purposes`),
  };
}

function controller(read: CatalogueReader, json: unknown): Controller {
  const raw = read.object(json, 'controller', ['name', 'contact']);
  return {
    name: read.text(raw.name, 'controller.name'),
    contact: read.text(raw.contact, 'controller.contact'),
  };
}

function contentVersion(content: Omit<PurposeCatalogue, 'version'>): string {
  const digest = createHash('sha256')
    .update(canonicalize(content) as string)
    .digest('hex');
  return `sha256:${digest.slice(0, 16)}`;
}
