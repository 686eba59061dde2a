import { SubjectLocks } from './subject-locks';

/** Work that runs until the test lets it finish, noting when it starts and ends. */
function gate(log: string[], name: string) {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const work = async () => {
    log.push(`${name} starts`);
    await opened;
    log.push(`${name} ends`);
    return name;
  };
  return { work, open };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('SubjectLocks', () => {
  it('run_OnOneSubject_RunsEachWorkOnlyOnceThePreviousHasEnded', async () => {
    const log: string[] = [];
    const locks = new SubjectLocks();
    const [first, second] = [gate(log, 'first'), gate(log, 'second')];
    const results = [locks.run('debtor-1', first.work), locks.run('debtor-1', second.work)];
    await settle();
    expect(log).toEqual(['first starts']);
    first.open();
    second.open();
    expect(await Promise.all(results)).toEqual(['first', 'second']);
    expect(log).toEqual(['first starts', 'first ends', 'second starts', 'second ends']);
  });

  it('run_OnOtherSubjects_RunsAtOnce', async () => {
    const log: string[] = [];
    const locks = new SubjectLocks();
    const [one, other] = [gate(log, 'debtor-1'), gate(log, 'debtor-2')];
    const results = [locks.run('debtor-1', one.work), locks.run('debtor-2', other.work)];
    await settle();
    expect(log).toEqual(['debtor-1 starts', 'debtor-2 starts']);
    one.open();
    other.open();
    await Promise.all(results);
  });

  it('run_WhenAWorkFails_RejectsItsCallerAndRunsTheNext', async () => {
    const locks = new SubjectLocks();
    const failing = locks.run('debtor-1', () => Promise.reject(new Error('refused')));
    const next = locks.run('debtor-1', async () => 'next');
    await expect(failing).rejects.toThrow('refused');
    expect(await next).toBe('next');
  });
});
