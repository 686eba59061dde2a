import { CatalogueIndex, Language, PurposeDefinition } from '@ledger/domain';
import Table from 'cli-table3';
import { DecisionContent, streamDecisions, SystemClock } from '@ledger/runtime';
import { CliIo, EXIT_OK, UsageError } from '../cli-io';
import { OpenLedger, subjectIdArgument, timestampArgument } from '../open-ledger';

export interface ReplayOptions {
  purpose?: string;
  at?: string;
  asOf?: string;
  explain?: Language;
  json?: boolean;
}

/**
 * `ledger replay <subjectId>`: the subject's decisions at `--at` (default: `--as-of`, else now), seeing only
 * what was recorded by `--as-of`: what the ledger would have answered then. Read from the store, decided by
 * the very function that answers live checks.
 */
export async function replay(
  ledger: OpenLedger,
  subject: string,
  options: ReplayOptions,
  io: CliIo,
): Promise<number> {
  const subjectId = subjectIdArgument(subject);
  const asOf = timestampArgument('--as-of', options.asOf);
  const at = timestampArgument('--at', options.at) ?? asOf ?? new SystemClock().now();
  const purposes = purposesOf(await ledger.catalogueAt(asOf), options.purpose);
  const stream = await ledger.store.readStream(subjectId);
  const decisions = streamDecisions(subjectId, stream, purposes, { at, asOf, explain: options.explain });
  if (options.json) io.stdout.write(JSON.stringify(decisions, null, 2) + '\n');
  else writeTable(subjectId, at, asOf, decisions, io);
  return EXIT_OK;
}

/** The purposes asked about, in the catalogue in force at `--as-of` (a purpose retired since is known then). */
function purposesOf(catalogue: CatalogueIndex, id: string | undefined): readonly PurposeDefinition[] {
  if (id === undefined) return catalogue.purposes;
  const purpose = catalogue.purpose(id);
  if (!purpose) throw new UsageError(`unknown purpose "${id}"`);
  return [purpose];
}

/** One row per purpose; the last column wraps to the terminal's width. */
function writeTable(
  subjectId: string,
  at: string,
  asOf: string | undefined,
  decisions: DecisionContent[],
  io: CliIo,
) {
  const known = asOf ? `, as the ledger knew it at ${asOf}` : '';
  io.stdout.write(`${subjectId} at ${at}${known}\n`);
  const columns = (io.stdout as { columns?: number }).columns;
  const table = new Table({
    head: ['purpose', 'permitted', 'reasons', 'basis', 'why'],
    colWidths: [null, null, null, null, columns ? Math.max(30, columns - 100) : null],
    wordWrap: true,
    style: { head: [], border: [] },
    // No rule between rows: one line per purpose unless a cell wraps.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const decision of decisions) {
    table.push([
      decision.purpose,
      decision.permitted ? 'yes' : 'no',
      decision.reasons.map((reason) => reason.code).join('\n'),
      decision.basis ? `${decision.basis.legalBasis}\n${decision.basis.basisId}` : '',
      decision.explanation ?? decision.reasons[0].message,
    ]);
  }
  io.stdout.write(table.toString() + '\n');
}
