import { FastifyInstance } from 'fastify';
import secureJson from 'secure-json-parse';

/** The largest body the ledger reads (contract section 5). */
export const BODY_LIMIT = 64 * 1024;

/**
 * Stands in for a body that could not be read as JSON. Parsing must not refuse the request itself:
 * the contract judges authentication and role before the request's shape, so the validation pipe, which
 * runs after the guard, turns this into `400 VALIDATION_FAILED`.
 */
export class UnreadableBody {
  constructor(readonly reason: string) {}
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * JSON bodies are read as bytes and decoded as strict UTF-8 here, so a body that is not UTF-8 is judged
 * after the key like any other unreadable body (Fastify's own string decoding would refuse it before).
 * They are parsed with prototype-poisoning protection (`__proto__` and `constructor.prototype` keys make
 * the body unreadable); any other media type is unreadable too.
 */
export function registerJsonBodyParser(fastify: FastifyInstance): void {
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'buffer', bodyLimit: BODY_LIMIT },
    (_request, body, done) => {
      let text: string;
      try {
        text = UTF8.decode(body as Buffer);
      } catch {
        return done(null, new UnreadableBody('the body is not valid UTF-8'));
      }
      if (text.trim() === '') return done(null, undefined);
      try {
        done(null, secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' }));
      } catch {
        done(null, new UnreadableBody('the body is not valid JSON'));
      }
    },
  );
  fastify.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: BODY_LIMIT }, (_request, body, done) => {
    done(
      null,
      (body as Buffer).length === 0 ? undefined : new UnreadableBody('the body must be application/json'),
    );
  });
}
