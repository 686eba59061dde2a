import { StoredEvent } from '../event-store.port';
import { testEvent } from '../testing/test-events';
import { RecentCommit } from './sqlite-recent-commit';

const at = (position: number, data: Record<string, unknown> = {}): StoredEvent => ({
  ...testEvent(`subject-${position}`, null, { data }),
  position: String(position),
});

describe('RecentCommit', () => {
  it('hands a subscriber the events of the commit that follow its position, up to the limit', () => {
    const recent = new RecentCommit();
    const commit = [at(5), at(6), at(7)];
    recent.record(commit);
    expect(recent.after('4', 10)).toEqual(commit);
    expect(recent.after('5', 1)).toEqual([commit[1]]);
  });

  it('answers nothing for a position before the commit (the log between is unknown) or at its end', () => {
    const recent = new RecentCommit();
    recent.record([at(5), at(6)]);
    expect(recent.after('3', 10)).toBeNull();
    expect(recent.after('6', 10)).toBeNull();
    expect(recent.after(null, 10)).toBeNull();
  });

  it('keeps nothing of a commit with a gap, or with values that its stored JSON would not give back', () => {
    const recent = new RecentCommit();
    recent.record([at(5), at(7)]);
    expect(recent.after('4', 10)).toBeNull();
    recent.record([at(8, { note: undefined })]);
    expect(recent.after('7', 10)).toBeNull();
    recent.record([at(9, { when: new Date(0) })]);
    expect(recent.after('8', 10)).toBeNull();
  });
});
