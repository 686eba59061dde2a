import { PipeTransform } from '@nestjs/common';
import { refuse } from '@ledger/domain';
import { RefusalException } from '../problems/refusal.exception';

/** The query or body of a route that takes none. */
export type Nothing = Record<string, never>;

/**
 * The query, or the body, of a route that takes none: any parameter or field it is sent is refused as `400
 * VALIDATION_FAILED`, naming each, with the message of an unknown field in a DTO; an empty body (`{}`) is
 * nothing too. Left unread, `POST /v1/permissions/check?at=…` would be answered for now, where the caller asked
 * about another moment. Routes whose query or body has a DTO refuse unknown fields through it; the health probes
 * and `/metrics`, asked by the platform, take no query and ignore any. A body that is not a JSON object, or
 * not JSON, is refused before, by the validation pipe.
 */
export const NothingPipe: PipeTransform<Nothing | undefined, Nothing> = {
  transform(sent) {
    const unknown = Object.keys(sent ?? {});
    if (unknown.length === 0) return {};
    const fields = unknown.map((field) => ({ field, message: `property ${field} should not exist` }));
    throw new RefusalException(refuse('VALIDATION_FAILED', 'the request is not valid', fields));
  },
};
