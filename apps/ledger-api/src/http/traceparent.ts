/** The W3C trace context a request carries: its trace, and the caller's span within it. */
export interface TraceContext {
  traceId: string;
  parentId: string;
}

/** `version-traceid-parentid-flags` in lowercase hex; a version after 00 may add fields after a dash. */
const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}(?:-|$)/;
const VERSION_00_LENGTH = 55;
const ZEROS = /^0+$/;

/**
 * The trace context of a `traceparent` header, or `undefined` when there is none or it is not valid: the
 * invalid version `ff`, a version 00 header with anything more, or an all-zero trace or parent id.
 */
export function traceOf(header: string | string[] | undefined): TraceContext | undefined {
  if (typeof header !== 'string') return undefined;
  const match = TRACEPARENT.exec(header);
  if (!match) return undefined;
  const [, version, traceId, parentId] = match;
  if (version === 'ff' || (version === '00' && header.length !== VERSION_00_LENGTH)) return undefined;
  if (ZEROS.test(traceId) || ZEROS.test(parentId)) return undefined;
  return { traceId, parentId };
}
