import { HistoryEvent } from '@ledger/domain';
import { HistoriesAt } from './histories-at';
import { SubjectHistory } from './subject-cache';

const event = (n: number) => ({ type: 'BasisEstablished', eventId: `e-${n}` }) as unknown as HistoryEvent;

describe('HistoriesAt: the histories of an answer, at its position', () => {
  it('gives each history as it was at the snapshot, while the read side goes on applying events', () => {
    const held: SubjectHistory = { revision: 1, events: [event(1), event(2)] };
    const snapshot = new HistoriesAt('7', new Map([['s-1', held]]));
    const before = snapshot.events('s-1');
    expect(before).toBe(held.events);
    held.events.push(event(3));
    held.revision = 2;
    expect(snapshot.events('s-1')).toEqual([event(1), event(2)]);
    expect(snapshot.events('s-1')).toBe(snapshot.events('s-1'));
    expect([snapshot.position, snapshot.revision('s-1')]).toEqual(['7', 1]);
  });

  it('refuses a subject it did not take', () => {
    expect(() => new HistoriesAt('0', new Map()).events('s-9')).toThrow('not in the snapshot');
  });
});
