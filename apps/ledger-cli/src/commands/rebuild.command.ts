import { readLog } from '@ledger/event-store';
import { SubjectProjection } from '@ledger/runtime';
import { CliIo, EXIT_OK } from '../cli-io';
import { LogProgress } from '../log-progress';
import { OpenLedger } from '../open-ledger';

/**
 * `ledger rebuild`: reads the whole log and folds every subject's history in memory, event by event, as a
 * server reads it at a start without a checkpoint (nothing is written). It tells how long such a start takes
 * on this store at most, and shows that every event can be read and applied.
 */
export async function rebuild(ledger: OpenLedger, io: CliIo): Promise<number> {
  const head = await ledger.store.headPosition();
  const progress = new LogProgress(head, io.stderr);
  const projection = new SubjectProjection();
  let events = 0;
  let position = '0';
  for await (const page of readLog(ledger.store)) {
    for (const event of page) projection.apply(event);
    events += page.length;
    position = page[page.length - 1].position;
    progress.update(events, position);
  }
  const { seconds, rate } = progress.stop();
  io.stdout.write(
    `rebuilt the read side: ${projection.size} subjects from ${events} events up to position ${position}, ` +
      `in ${seconds.toFixed(1)} s (${rate} events/s)\n`,
  );
  return EXIT_OK;
}
