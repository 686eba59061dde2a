import { CatalogueIndex, Language, PurposeDefinition } from '@ledger/domain';
import { DecisionContent, streamDecisions } from '@ledger/runtime';
import { CliIo, EXIT_OK } from '../cli-io';
import { decisionTable } from '../decision-table';
import { momentArguments, OpenLedger, purposeArgument, subjectIdArgument } from '../open-ledger';

/** Wide enough for the shipped catalogue's purpose ids; a longer one wraps. */
const PURPOSE_WIDTH = 22;

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
  const { moment: at, asOf } = momentArguments('--at', options.at, options.asOf);
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
  return [purposeArgument(catalogue, id)];
}

/** One row per purpose. */
function writeTable(
  subjectId: string,
  at: string,
  asOf: string | undefined,
  decisions: DecisionContent[],
  io: CliIo,
) {
  const known = asOf ? `, as the ledger knew it at ${asOf}` : '';
  io.stdout.write(`${subjectId} at ${at}${known}\n`);
  const rows = decisions.map((decision) => ({ ...decision, key: decision.purpose }));
  io.stdout.write(decisionTable('purpose', PURPOSE_WIDTH, rows));
}
