import { verifySubjects } from '@ledger/runtime';
import { CliIo, EXIT_BROKEN, EXIT_OK } from '../cli-io';
import { LogProgress } from '../log-progress';
import { OpenLedger } from '../open-ledger';

export interface VerifyOptions {
  json?: boolean;
}

/**
 * `ledger verify`: every stream's chain and the log's continuity; exit code 1 on any break. `--json` prints
 * what `GET /v1/verification` answers.
 */
export async function verify(ledger: OpenLedger, options: VerifyOptions, io: CliIo): Promise<number> {
  const progress = new LogProgress(await ledger.store.headPosition(), io.stderr);
  const result = await verifySubjects(ledger.store, {
    maxBreaks: 1000,
    onProgress: (events, position) => progress.update(events, position),
  });
  const { seconds, rate } = progress.stop();
  if (options.json) {
    io.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return result.valid ? EXIT_OK : EXIT_BROKEN;
  }
  const counted = `${result.events} events in ${result.streams} streams, up to position ${result.headPosition ?? '-'}`;
  const timing = `${seconds.toFixed(1)} s, ${rate} events/s`;
  if (result.valid) {
    io.stdout.write(`verified ${counted} (${timing}): every chain holds\n`);
    return EXIT_OK;
  }
  io.stdout.write(`checked ${counted} (${timing}): ${result.breakCount} break(s)\n`);
  for (const found of result.breaks) {
    io.stdout.write(
      `  subject ${found.subjectId ?? '?'} revision ${found.revision ?? '?'} (position ${found.position}): ${found.problem}: ${found.detail}\n`,
    );
  }
  if (result.breakCount > result.breaks.length) {
    io.stdout.write(`  ... and ${result.breakCount - result.breaks.length} more\n`);
  }
  return EXIT_BROKEN;
}
