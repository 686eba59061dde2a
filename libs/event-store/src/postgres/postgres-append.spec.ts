import { testEvent } from '../testing/test-events';
import { appendAdmission, AppendRequest } from './postgres-append';
import { MAX_APPENDS_PER_TRANSACTION } from './postgres-sql';

/** An append of `streamId` at `revision`, optionally with an idempotency key. */
function append(streamId: string, revision: number, idempotencyKey?: string): AppendRequest {
  const event = { ...testEvent(streamId, null), revision };
  return { event, options: { expectedRevision: revision - 1, idempotencyKey } };
}

/** Which of `requests`, asked in order, the first batch admits. */
const admitted = (requests: AppendRequest[]) => requests.map(appendAdmission());

describe('appendAdmission', () => {
  it('admits appends to different streams, and rivals for the same revision of a stream', () => {
    expect(admitted([append('a', 0), append('b', 3), append('a', 0)])).toEqual([true, true, true]);
  });

  it('holds back an append that follows another of its stream, and every later one of that stream', () => {
    expect(admitted([append('a', 0), append('a', 1), append('b', 0), append('a', 0)])).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });

  it('admits an idempotency key once', () => {
    expect(admitted([append('a', 0, 'k'), append('b', 0, 'k'), append('c', 0, 'other')])).toEqual([
      true,
      false,
      true,
    ]);
  });

  it('admits no more than one transaction holds', () => {
    const many = Array.from({ length: MAX_APPENDS_PER_TRANSACTION + 1 }, (_, i) => append(`s${i}`, 0));
    expect(admitted(many).filter(Boolean)).toHaveLength(MAX_APPENDS_PER_TRANSACTION);
  });
});
