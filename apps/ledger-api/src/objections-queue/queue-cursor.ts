import { normalizeTimestamp } from '@ledger/domain';
import { SUBJECT_ID } from '@ledger/runtime';
import { OpenObjection } from '@ledger/wire';
import { compare } from '../read-side/ordering';

/** What places an objection in the queue's order: received, recorded, subject, objection. */
export type QueuePlace = Pick<OpenObjection, 'occurredAt' | 'recordedAt' | 'subjectId' | 'objectionId'>;

/** The queue's order, oldest first: by when the objection was received, then when the ledger learnt of it. */
export function comparePlaces(a: QueuePlace, b: QueuePlace): number {
  return (
    compare(a.occurredAt, b.occurredAt) ||
    compare(a.recordedAt, b.recordedAt) ||
    compare(a.subjectId, b.subjectId) ||
    compare(a.objectionId, b.objectionId)
  );
}

/**
 * The `after` of the next page: the place of the last objection listed, opaque to callers. A place rather
 * than an offset, so an objection decided meanwhile moves no other objection to another page.
 */
export const cursorAfter = ({ occurredAt, recordedAt, subjectId, objectionId }: QueuePlace): string =>
  Buffer.from(JSON.stringify([occurredAt, recordedAt, subjectId, objectionId])).toString('base64url');

/**
 * The place a cursor names, or `undefined` for text that no page gave out: not four strings, or times that are
 * not the ledger's (canonical UTC) or ids it would not take. A well-formed place that no objection holds is a
 * place all the same: the objection a page ended on may have been decided since.
 */
export function placeAfter(cursor: string): QueuePlace | undefined {
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parts) || parts.length !== 4 || parts.some((part) => typeof part !== 'string')) {
      return undefined;
    }
    const [occurredAt, recordedAt, subjectId, objectionId] = parts as string[];
    const times = [occurredAt, recordedAt].every((time) => normalizeTimestamp(time) === time);
    const ids = [subjectId, objectionId].every((id) => SUBJECT_ID.test(id));
    return times && ids ? { occurredAt, recordedAt, subjectId, objectionId } : undefined;
  } catch {
    return undefined;
  }
}
