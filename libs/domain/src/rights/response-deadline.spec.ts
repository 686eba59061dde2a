import fc from 'fast-check';
import { MAX_TIMESTAMP } from '../time';
import { responseDeadline } from './response-deadline';

describe('responseDeadline (art. 12(3): one month from receipt)', () => {
  it.each([
    ['2026-11-05T09:30:00.000Z', '2026-12-05T09:30:00.000Z', 'the same date next month, same time of day'],
    ['2026-12-15T00:00:00.000Z', '2027-01-15T00:00:00.000Z', 'across the turn of the year'],
    ['2027-01-31T16:00:00.000Z', '2027-02-28T16:00:00.000Z', '31 January: the last day of February'],
    ['2028-01-31T16:00:00.000Z', '2028-02-29T16:00:00.000Z', '31 January of a leap year: 29 February'],
    ['2026-03-31T23:59:59.999Z', '2026-04-30T23:59:59.999Z', 'a 31st before a 30-day month: the 30th'],
    ['2026-02-28T12:00:00.000Z', '2026-03-28T12:00:00.000Z', '28 February: 28 March, not the month end'],
    ['9999-12-15T00:00:00.000Z', MAX_TIMESTAMP, 'past the last representable instant: saturates'],
  ])('responseDeadline_ReceivedAt_%s_Is_%s (%s)', (receivedAt, deadline) => {
    expect(responseDeadline(receivedAt)).toBe(deadline);
  });

  it('responseDeadline_ForAnyReceipt_Is28To31DaysLater_AtTheSameTimeOfDay', () => {
    const day = 86_400_000;
    const receipt = fc
      .integer({ min: 0, max: Date.UTC(9999, 10, 30) })
      .map((ms) => new Date(ms).toISOString());
    fc.assert(
      fc.property(receipt, (receivedAt) => {
        const deadline = responseDeadline(receivedAt);
        const days = (Date.parse(deadline) - Date.parse(receivedAt)) / day;
        expect(Number.isInteger(days) && days >= 28 && days <= 31).toBe(true);
      }),
    );
  });
});
