import { newEventId } from './event-id';

describe('newEventId', () => {
  it('makes version 7 UUIDs that carry the time first, so ids of later milliseconds sort later', () => {
    const earlier = newEventId(Date.UTC(2026, 10, 27, 6, 0, 0, 0));
    const later = newEventId(Date.UTC(2026, 10, 27, 6, 0, 0, 1));
    for (const id of [earlier, later]) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(earlier.slice(0, 13)).toBe('01a21b96-d700');
    expect(earlier < later).toBe(true);
  });

  it('differs within one millisecond', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newEventId(0)));
    expect(ids.size).toBe(1000);
  });
});
