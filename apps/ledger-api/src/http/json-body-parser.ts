import { FieldError, Refusal, refuse } from '@ledger/domain';
import { FastifyInstance } from 'fastify';
import secureJson from 'secure-json-parse';
import { duplicateKeyPath } from './duplicate-keys';
import { forbiddenKeyPath } from './forbidden-keys';
import { isJsonMediaType } from './media-type';

/** The largest body the ledger reads (contract section 5). */
export const BODY_LIMIT = 64 * 1024;

/**
 * Stands in for a body the ledger will not read, with the refusal that says why. Parsing must not refuse the
 * request itself: the contract judges authentication and role before the request's body, so the validation
 * pipe, which runs after the guards, answers with this refusal.
 */
export class UnreadableBody {
  constructor(readonly refusal: Refusal) {}
}

const unreadable = (detail: string, field: FieldError = { field: 'body', message: detail }) =>
  new UnreadableBody(refuse('VALIDATION_FAILED', detail, [field]));

const NOT_JSON = new UnreadableBody(
  refuse('UNSUPPORTED_MEDIA_TYPE', 'the body must be application/json (UTF-8)', [
    { field: 'content-type', message: 'must be application/json' },
  ]),
);

/** What a `Content-Type` that is not exactly JSON is replaced with: any type that is not JSON will do. */
const NOT_JSON_TYPE = 'application/octet-stream';

const ENCODED = new UnreadableBody(
  refuse('UNSUPPORTED_MEDIA_TYPE', 'the body must be sent without a content coding (no gzip, br, ...)', [
    { field: 'content-encoding', message: 'must be absent or identity' },
  ]),
);

/** What the `Content-Type` of a body sent with a content coding is replaced with, so that it is refused. */
const ENCODED_TYPE = 'application/x-ledger-encoded';

/** A `Content-Encoding` other than none or `identity`: the bytes are not the JSON they would be read as. */
const isEncoded = (coding: string | undefined) =>
  coding !== undefined && coding.split(',').some((part) => part.trim().toLowerCase() !== 'identity');

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Why a body secure-json-parse refused is unreadable: not JSON at all, or a key it must not name (which one). */
function refusedJson(text: string): UnreadableBody {
  let plain: unknown;
  try {
    plain = JSON.parse(text);
  } catch {
    return unreadable('the body is not valid JSON');
  }
  const key = forbiddenKeyPath(plain);
  if (key === null) return unreadable('the body is not valid JSON');
  return unreadable(`${key} is a key no body may name`, { field: key, message: 'is not allowed' });
}

/**
 * JSON bodies are read as bytes and decoded as strict UTF-8 here, so a body that is not UTF-8 is judged
 * after the key like any other unreadable body (Fastify's own string decoding would refuse it before).
 * They are parsed with prototype-poisoning protection (`__proto__` and `constructor.prototype` keys make
 * the body unreadable), and a body that names a key twice in one object is unreadable too. A body of any
 * other media type, or sent with a content coding (gzip, br, ...), is judged `415` after the key: such a
 * `Content-Type` header is replaced on arrival, because Fastify refuses a malformed one itself, before any guard
 * has run.
 */
export function registerJsonBodyParser(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    const type = request.headers['content-type'];
    if (isEncoded(request.headers['content-encoding'])) request.headers['content-type'] = ENCODED_TYPE;
    else if (type !== undefined && !isJsonMediaType(type)) request.headers['content-type'] = NOT_JSON_TYPE;
    done();
  });
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer', bodyLimit: BODY_LIMIT },
    (_request, body, done) => {
      let text: string;
      try {
        text = UTF8.decode(body as Buffer);
      } catch {
        return done(null, unreadable('the body is not valid UTF-8'));
      }
      if (text.trim() === '') return done(null, undefined);
      let parsed: unknown;
      try {
        parsed = secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
      } catch {
        return done(null, refusedJson(text));
      }
      const duplicate = duplicateKeyPath(text);
      if (duplicate === null) return done(null, parsed);
      done(null, unreadable(`${duplicate} is given twice`, { field: duplicate, message: 'is given twice' }));
    },
  );
  refuseUnlessEmpty(fastify, ENCODED_TYPE, ENCODED);
  refuseUnlessEmpty(fastify, '*', NOT_JSON);
}

/** A body of `type` is unreadable for `why`; none at all is no body, which a route may take. */
function refuseUnlessEmpty(fastify: FastifyInstance, type: string, why: UnreadableBody): void {
  fastify.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: BODY_LIMIT }, (_request, body, done) => {
    done(null, (body as Buffer).length === 0 ? undefined : why);
  });
}
