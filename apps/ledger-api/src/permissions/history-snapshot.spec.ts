import { HistoryEvent } from '@ledger/domain';
import { HistorySnapshot } from './history-snapshot';

const event = (n: number) => ({ type: 'BasisEstablished', eventId: `e-${n}` }) as unknown as HistoryEvent;

/** A read side whose histories grow in place, as the projection's do. */
function readSide() {
  const histories = new Map<string, HistoryEvent[]>([['s-1', [event(1), event(2)]]]);
  return {
    histories,
    subject: (subjectId: string) => ({ revision: 0, events: histories.get(subjectId) ?? [] }),
  };
}

describe('HistorySnapshot', () => {
  it('gives each history as it was at the snapshot, while the read side goes on applying events', () => {
    const side = readSide();
    const snapshot = new HistorySnapshot(side, ['s-1', 's-1', 's-2']);
    const before = snapshot.events('s-1');
    expect(before).toBe(side.histories.get('s-1'));
    side.histories.get('s-1')!.push(event(3));
    side.histories.set('s-2', [event(4)]);
    expect(snapshot.events('s-1')).toEqual([event(1), event(2)]);
    expect(snapshot.events('s-1')).toBe(snapshot.events('s-1'));
    expect(snapshot.events('s-2')).toEqual([]);
  });

  it('refuses a subject it did not take', () => {
    expect(() => new HistorySnapshot(readSide(), ['s-1']).events('s-9')).toThrow('not in the snapshot');
  });
});
