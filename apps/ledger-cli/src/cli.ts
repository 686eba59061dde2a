import { Command, CommanderError, Option } from 'commander';
import { LANGUAGES } from '@ledger/domain';
import { version } from '../../../package.json';
import { CliIo, EXIT_REFUSED, EXIT_USAGE, Refusal, UsageError } from './cli-io';
import { EXPORT_FORMATS, exportSubject } from './commands/export.command';
import { history } from './commands/history.command';
import { rebuild } from './commands/rebuild.command';
import { replay } from './commands/replay.command';
import { verify } from './commands/verify.command';
import { OpenLedger } from './open-ledger';

const STORE_SETTINGS =
  'The store is the one the server uses, named by the same environment variables: LEDGER_STORE, ' +
  'LEDGER_DATA_DIR, LEDGER_POSTGRES_URL, LEDGER_EVENTSTOREDB_URL, LEDGER_PURPOSES_FILE, LEDGER_MASTER_KEY.';

/** Runs one command line (`argv` without node and the script); resolves to the process's exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode = 0;
  /** Opens the ledger for one command, and closes it whatever the command does. */
  const withLedger = async (command: (ledger: OpenLedger) => Promise<number>) => {
    const ledger = await OpenLedger.open(io.env);
    try {
      exitCode = await command(ledger);
    } finally {
      await ledger.close();
    }
  };

  const program = new Command('ledger')
    .description(`The basis-ledger operator's tool. ${STORE_SETTINGS}`)
    .version(version, '-V, --version', "the ledger's version")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });

  program
    .command('verify')
    .description("check every stream's hash chain and the global log's continuity; exit code 1 on any break")
    .option('--json', 'print the result as JSON')
    .action((options) => withLedger((ledger) => verify(ledger, options, io)));

  program
    .command('replay')
    .description("a subject's decisions at a moment, as the ledger knew them at another")
    .argument('<subjectId>')
    .option('--purpose <id>', 'one purpose (default: every purpose of the catalogue)')
    .option('--at <time>', 'evaluate at this time (default: --as-of, else now)')
    .option('--as-of <time>', 'see only events recorded at or before this time')
    .addOption(new Option('--explain <language>', 'explain each decision').choices(LANGUAGES))
    .option('--json', 'print the decisions as JSON')
    .action((subjectId, options) => withLedger((ledger) => replay(ledger, subjectId, options, io)));

  program
    .command('history')
    .description("every change of a subject's decision on one purpose, with what caused it")
    .argument('<subjectId>')
    .requiredOption('--purpose <id>', 'the purpose whose decisions to trace')
    .option('--from <time>', 'start of the window (default: the first event)')
    .option('--to <time>', 'end of the window (default: --as-of, else now)')
    .option('--as-of <time>', 'see only events recorded at or before this time')
    .addOption(new Option('--explain <language>', 'explain each change').choices(LANGUAGES))
    .option('--json', 'print the answer of GET /v1/subjects/{id}/history')
    .action((subjectId, options) => withLedger((ledger) => history(ledger, subjectId, options, io)));

  program
    .command('export')
    .description('everything the ledger holds on a subject, as GET /v1/subjects/{id}/export gives it')
    .argument('<subjectId>')
    .option('--out <file>', 'the file to write, - for stdout (default: subject-<id>.json, .jsonld for dpv)')
    .addOption(
      new Option('--format <format>', 'json, or dpv: JSON-LD in the W3C Data Privacy Vocabulary')
        .choices(EXPORT_FORMATS)
        .default('json'),
    )
    .option('--allow-empty', 'export a subject the ledger holds nothing on (refused otherwise)')
    .option('--force', 'overwrite the file if it exists (refused otherwise)')
    .action((subjectId, options) => withLedger((ledger) => exportSubject(ledger, subjectId, options, io)));

  program
    .command('rebuild')
    .description(
      'read and fold the whole log, as a server without a checkpoint does at its first start, and time it',
    )
    .action(() => withLedger((ledger) => rebuild(ledger, io)));

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_USAGE;
    if (error instanceof UsageError || error instanceof Refusal) {
      io.stderr.write(`ledger: ${error.message}\n`);
      return error instanceof Refusal ? EXIT_REFUSED : EXIT_USAGE;
    }
    throw error;
  }
}
