import {
  CONTACT_CHANNELS,
  LEGAL_BASES,
  OBJECTION_CHANNELS,
  RESTRICTION_GROUNDS,
  WITHDRAWAL_REASONS,
} from '@ledger/domain';
import fc from 'fast-check';
import { NOTICE } from './lawful-bodies';
import { RoleName, secretOf } from './ledger-harness';

/**
 * Requests a hostile client would send, for property-based fuzzing: every part of a request (path segment,
 * field, header, how the body goes on the wire) is mostly sensible and sometimes hostile, each on its own,
 * so enough requests get past the first check to reach the later ones.
 */

export const SUBJECTS = ['fz-1', 'fz-2', 'fz-3'];
const PURPOSES = ['collection', 'prospect-contact', 'fiscal-retention', 'legal-claims', 'call-recording'];
const TIMES = ['2026-01-10T09:00:00.000Z', '2026-01-12T09:00:00+01:00', '2026-03-01T00:00:00.000Z'];

/** Mostly `sensible`, sometimes `hostile`: each part of a request on its own, so some requests are all sensible. */
const mostly = <T, U>(sensible: fc.Arbitrary<T>, hostile: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 12, arbitrary: sensible }, { weight: 1, arbitrary: hostile });

/** Values of every JSON type, including those no field expects. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, true, 0, -1, 1e308, '', ' ', '\u0000', '\ud800', 'x'.repeat(5000), [], {}),
);

/** Times no caller may send: year 0 and 10000, NaN-like, impossible days and hours, no zone. */
const hostileTime = fc.constantFrom(
  '0000-01-01T00:00:00.000Z',
  '10000-01-01T00:00:00.000Z',
  '+010000-01-01T00:00:00.000Z',
  '-000001-01-01T00:00:00.000Z',
  '1969-12-31T23:59:59.999Z',
  '9999-12-31T23:59:59.999-01:00',
  'NaN',
  'Infinity',
  'Invalid Date',
  '2026-02-30T00:00:00Z',
  '2026-01-01T24:00:00Z',
  '2026-01-01T00:00:60Z',
  '2026-01-01T00:00:00+24:00',
  '2026-01-01',
  '2026-01-01T00:00:00',
  '2026-01-01T00:00:00.1234567890123Z',
  '',
);
const time = mostly(fc.constantFrom(...TIMES), fc.oneof(hostileTime, junk));
const oneOf = (values: readonly string[], wrong: string) =>
  mostly(fc.constantFrom(...values), fc.oneof(fc.constant(wrong), junk));
const purpose = mostly(
  fc.constantFrom(...PURPOSES),
  fc.oneof(fc.constantFrom('toString', '__proto__'), junk),
);
const purposes = mostly(fc.subarray(PURPOSES, { minLength: 1 }), fc.oneof(fc.array(purpose), junk));
const freeText = mostly(fc.string({ maxLength: 40 }), fc.oneof(fc.constant('x'.repeat(4001)), junk));
/** A notice the catalogue lists, or one it does not. */
const notice = oneOf([NOTICE], 'webcasso-1999-1');
/** Requests are recorded by another route: any id named here is unknown, or not an id at all. */
const requestId = fc.oneof(fc.uuid(), junk);
/** Opaque refs (keyed hashes of contact identifiers), some named twice, or not refs at all. */
const suppressionRefs = mostly(
  fc.array(fc.stringMatching(/^[0-9a-f]{8,64}$/), { maxLength: 3 }),
  fc.oneof(fc.constant(['ab12cd34', 'ab12cd34']), fc.array(junk, { maxLength: 3 }), junk),
);

/**
 * An object with some of `fields`, and now and then a key the API does not know, `__proto__` and
 * `constructor` among them. Built through JSON.parse so that such keys are real keys, as a parser makes them.
 */
function hostileObject(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  const unknownKeys = fc.dictionary(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'colour', 'subjectId', 'revision'),
    junk,
    { minKeys: 1, maxKeys: 2 },
  );
  return fc
    .tuple(fc.record(fields, { requiredKeys: [] }), mostly(fc.constant({}), unknownKeys))
    .map(([known, unknown]) => {
      const entries = [...Object.entries(known), ...Object.entries(unknown)];
      const text = entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
      return JSON.parse(`{${text.join(',')}}`);
    });
}

/** Path segments: traversal, encoded slashes, NUL, bad percent-encoding, over-long, prototype names. */
const hostileSegment = fc.oneof(
  fc.constantFrom(
    '..%2F..%2Fetc%2Fpasswd',
    '..',
    '%2e%2e',
    'a%2Fb',
    'a%5Cb',
    '%00',
    'a%00b',
    '%ZZ',
    '%',
    '%C3%28',
    '%E2%82',
    'x'.repeat(129),
    'x'.repeat(600),
    '%F0%9F%92%A9',
    'constructor',
    '__proto__',
  ),
  fc.string({ maxLength: 20 }).map(encodeURIComponent),
);
const subject = mostly(fc.constantFrom(...SUBJECTS), hostileSegment);
/** `@` stands for the id the route refers to, created on the subject before the run. */
const reference = mostly(fc.constant('@'), hostileSegment);

/** Each command's path under `/v1/subjects/{subjectId}/`; `@` is the id of something the subject holds. */
export type Route =
  | 'bases'
  | 'bases/@/withdrawal'
  | 'objections'
  | 'objections/@/decision'
  | 'objections/@/withdrawal'
  | 'restrictions'
  | 'restrictions/@/lifting'
  | 'erasure'
  | 'notices';
const command = (route: Route, body: fc.Arbitrary<Record<string, unknown>>, subjectId = subject) =>
  fc.record({ route: fc.constant(route), subjectId, ref: reference, body });
/** Erasures go to subjects of their own: an erased subject refuses everything after with one answer. */
const erasable = mostly(
  fc.nat(9999).map((n) => `fz-gone-${n}`),
  hostileSegment,
);

export const commands = fc.oneof(
  command(
    'bases',
    hostileObject({
      purpose,
      legalBasis: oneOf(LEGAL_BASES, 'gut-feeling'),
      evidence: freeText,
      noticeVersion: notice,
      validFrom: time,
      validUntil: time,
      occurredAt: time,
    }),
  ),
  command(
    'bases/@/withdrawal',
    hostileObject({ reason: oneOf(WITHDRAWAL_REASONS, 'because'), note: freeText, occurredAt: time }),
  ),
  command(
    'objections',
    hostileObject({
      purposes,
      grounds: freeText,
      channel: oneOf(OBJECTION_CHANNELS, 'pigeon'),
      occurredAt: time,
      requestId,
    }),
  ),
  command(
    'objections/@/decision',
    hostileObject({
      outcome: oneOf(['upheld', 'overridden'], 'maybe'),
      motivation: freeText,
      occurredAt: time,
    }),
  ),
  command(
    'restrictions',
    hostileObject({
      ground: oneOf(RESTRICTION_GROUNDS, 'whim'),
      purposes,
      dataCategories: mostly(fc.constant(['naw']), fc.oneof(fc.array(fc.string()), junk)),
      note: freeText,
      occurredAt: time,
      requestId,
    }),
  ),
  command(
    'restrictions/@/lifting',
    hostileObject({ reason: freeText, subjectInformedAt: time, occurredAt: time }),
  ),
  command(
    'erasure',
    hostileObject({ retain: purposes, note: freeText, occurredAt: time, requestId, suppressionRefs }),
    erasable,
  ),
  command('objections/@/withdrawal', hostileObject({ evidence: freeText, note: freeText, occurredAt: time })),
  command(
    'notices',
    hostileObject({
      noticeVersion: notice,
      channel: oneOf(CONTACT_CHANNELS, 'carrier-pigeon'),
      occurredAt: time,
    }),
  ),
);

export const batch = hostileObject({
  checks: mostly(
    fc.array(
      hostileObject({
        subjectId: mostly(fc.constantFrom(...SUBJECTS), junk),
        purpose,
        categories: mostly(
          fc.constant(['naw']),
          fc.oneof(fc.constant([]), fc.constant(['naw', 'naw']), junk),
        ),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    junk,
  ),
  at: time,
  asOf: time,
  minPosition: mostly(
    fc.constantFrom('0', '1'),
    fc.oneof(fc.constantFrom('00', '-1', '1e3', '9'.repeat(31)), junk),
  ),
});

/** How the body goes on the wire: JSON, bytes that are not UTF-8, cut short, too big, too deep, nothing. */
export const wire = mostly(
  fc.constant('json'),
  fc.constantFrom('invalid-utf8', 'truncated', 'oversized', 'deep', 'empty'),
);
export function encode(body: unknown, how: string): string | Buffer {
  const json = JSON.stringify(body);
  switch (how) {
    case 'invalid-utf8':
      return Buffer.concat([
        Buffer.from('{"note":"'),
        Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
        Buffer.from('"}'),
      ]);
    case 'truncated':
      return json.slice(0, Math.max(1, json.length >> 1));
    case 'oversized':
      return json.replace(/^\{/, `{"evidence":"${'x'.repeat(70_000)}",`);
    case 'deep':
      return '{"checks":' + '['.repeat(20_000) + ']'.repeat(20_000) + '}';
    case 'empty':
      return '';
    default:
      return json;
  }
}

/** The DPO may send every command, so it comes most often; the other roles are refused some. */
const ROLES: RoleName[] = ['dpo', 'dpo', 'dpo', 'operator', 'system', 'auditor'];
export const authorization = mostly(
  fc.constantFrom(...ROLES).map((role): string | string[] => `Bearer ${secretOf(role)}`),
  fc.constantFrom<string | string[]>(
    'Basic ZHBvOmRwby1zZWNyZXQ=',
    'Bearer',
    'Bearer ',
    `Bearer ${secretOf('dpo')} extra`,
    `Bearer ${secretOf('dpo')}x`,
    `Bearer ${secretOf('dpo').slice(0, -1)}`,
    secretOf('dpo'),
    `Bearer ${'x'.repeat(8000)}`,
    `Bearer ${secretOf('dpo')}\u00e9`,
    [`Bearer ${secretOf('dpo')}`, `Bearer ${secretOf('system')}`],
  ),
);
const absentOr = <T>(present: fc.Arbitrary<T>) => mostly(fc.constant(undefined), present);
export const idempotencyKey = absentOr(
  fc.oneof(
    fc.stringMatching(/^[\x21-\x7e]{1,40}$/),
    fc.constantFrom<string | string[]>(
      'k'.repeat(256),
      'k'.repeat(12_000),
      ['same', 'same'],
      ['a', 'b'],
      ' ',
      'caf\u00e9',
    ),
  ),
);
export const ifMatch = absentOr(
  fc.constantFrom<string | string[]>(
    '"-1"',
    '"0"',
    '"1"',
    '0',
    '"abc"',
    '"-2"',
    '"01"',
    'W/"1"',
    '*',
    '"99999999999999999999"',
    ['"0"', '"1"'],
  ),
);
export const contentType = mostly(
  fc.constant('application/json'),
  fc.constantFrom(
    'application/json; charset=latin1',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    undefined,
  ),
);

/** Query strings: the known parameters with hostile values, repeated, prototype keys, bracket syntax. */
const query = fc
  .array(
    fc.tuple(
      mostly(
        fc.constantFrom('at', 'asOf', 'minPosition', 'categories'),
        fc.constantFrom('__proto__', 'constructor', 'colour', 'at[]', 'a[b][c]'),
      ),
      mostly(
        fc.constantFrom(...TIMES, 'naw', 'naw,payments', '0'),
        fc.oneof(hostileTime, fc.constantFrom('', ',', 'naw,naw', 'naw,'), fc.string()),
      ),
    ),
    { maxLength: 3 },
  )
  .map((pairs) =>
    pairs.length ? '?' + pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&') : '',
  );

/** The text of a value for a path: lone surrogates made U+FFFD, as a client encoding UTF-8 would. */
const wellFormed = (value: unknown) => Buffer.from(String(value)).toString();

export const queries = fc.oneof(
  fc
    .tuple(subject, purpose, query)
    .map(([s, p, q]) => `/v1/subjects/${s}/permissions/${encodeURIComponent(wellFormed(p))}${q}`),
  fc.tuple(subject, query).map(([s, q]) => `/v1/subjects/${s}/permissions${q}`),
  fc.tuple(subject, query).map(([s, q]) => `/v1/subjects/${s}/events${q}`),
  subject.map((s) => `/v1/subjects/${s}/verification`),
  query.map((q) => `/v1/purposes${q}`),
  query.map((q) => `/v1/catalogue/versions${q}`),
);

export const defined = (headers: Record<string, string | string[] | undefined>) =>
  Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== undefined)) as Record<
    string,
    string | string[]
  >;
