import { PipeTransform } from '@nestjs/common';
import { refuse } from '@ledger/domain';
import { RefusalException } from '../problems/refusal.exception';

/** The query of a route that takes none. */
export type NoQuery = Record<string, never>;

/**
 * The query of a route that takes no parameters: any it is sent is refused as `400 VALIDATION_FAILED`, naming
 * each, with the message of an unknown field in a DTO. Left unread, `POST /v1/permissions/check?at=…` would be
 * answered for now, where the caller asked about another moment. Routes whose query has a DTO refuse unknown
 * parameters through it; the health probes and `/metrics`, asked by the platform, take none and ignore any.
 */
export const NoQueryPipe: PipeTransform<NoQuery | undefined, NoQuery> = {
  transform(query) {
    const unknown = Object.keys(query ?? {});
    if (unknown.length === 0) return {};
    const fields = unknown.map((field) => ({ field, message: `property ${field} should not exist` }));
    throw new RefusalException(refuse('VALIDATION_FAILED', 'the request is not valid', fields));
  },
};
