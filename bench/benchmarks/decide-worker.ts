import { CatalogueIndex, decide, defaultCatalogue, HistoryEvent } from '@ledger/domain';
import { SubjectProjection, toHistoryEvent } from '@ledger/runtime';
import { childTask } from '../support/child';
import { openSqliteStore } from '../support/ledger-server';
import { syntheticHistory } from '../support/synthetic-history';

export type DecideTask =
  | { kind: 'one-subject'; seconds: number }
  | {
      kind: 'batches';
      seconds: number;
      dataDir: string;
      batches: { subjectId: string; purpose: string }[][];
    };

const catalogue = new CatalogueIndex(defaultCatalogue());

/**
 * Calls `round` (which makes `perRound` decisions) for `seconds`, after a warm-up, in five slices: decisions
 * per second in the best slice, the one least disturbed by other work on the machine.
 */
function rate(seconds: number, perRound: number, round: (i: number) => void): number {
  let rounds = 0;
  const slice = (ms: number) => {
    const start = process.hrtime.bigint();
    const first = rounds;
    const end = Date.now() + ms;
    while (Date.now() < end) for (let i = 0; i < 100; i++) round(rounds++);
    return ((rounds - first) * perRound) / (Number(process.hrtime.bigint() - start) / 1e9);
  };
  slice(500);
  return Math.max(...Array.from({ length: 5 }, () => slice((seconds * 1000) / 5)));
}

/** `decide` on a 10-event subject, over and over: the decision's own speed on one core. */
function oneSubject(seconds: number): number {
  const history = syntheticHistory('debtor-1', 10).map((event) =>
    toHistoryEvent({ ...event, position: '1' }),
  );
  const purpose = catalogue.purpose('collection')!;
  const at = new Date().toISOString();
  let sink = 0;
  const perSecond = rate(seconds, 1, () => {
    sink += decide(history, purpose, at).reasons.length;
  });
  return sink > 0 ? perSecond : 0;
}

/** The batches the HTTP benchmark sends, decided in process over the same subjects as the server holds them. */
async function batches(task: Extract<DecideTask, { kind: 'batches' }>): Promise<number> {
  const store = await openSqliteStore(task.dataDir);
  const projection = new SubjectProjection();
  for (let after: string | null = null; ;) {
    const events = await store.readAll(after, 5000);
    if (events.length === 0) break;
    for (const event of events) projection.apply(event);
    after = events[events.length - 1].position;
  }
  await store.close();
  const prepared = task.batches.map((checks) =>
    checks.map((check) => ({
      history: projection.subject(check.subjectId).events as readonly HistoryEvent[],
      purpose: catalogue.purpose(check.purpose)!,
    })),
  );
  let sink = 0;
  const size = prepared[0].length;
  const perSecond = rate(task.seconds, size, (i) => {
    const at = new Date().toISOString();
    for (const check of prepared[i % prepared.length])
      sink += decide(check.history, check.purpose, at).reasons.length;
  });
  return sink > 0 ? perSecond : 0;
}

childTask((task: DecideTask) => (task.kind === 'one-subject' ? oneSubject(task.seconds) : batches(task)));
