import { DecisionChange, Language } from '@ledger/domain';
import { explainedHistory, toHistoryEvent } from '@ledger/runtime';
import { CliIo, EXIT_OK, UsageError } from '../cli-io';
import { decisionTable } from '../decision-table';
import {
  momentArguments,
  OpenLedger,
  purposeArgument,
  subjectIdArgument,
  timestampArgument,
} from '../open-ledger';

/** A moment in the ledger's canonical form. */
const AT_WIDTH = 26;

export interface HistoryOptions {
  purpose: string;
  from?: string;
  to?: string;
  asOf?: string;
  explain?: Language;
  json?: boolean;
}

/**
 * `ledger history <subjectId> --purpose <id>`: every change of the decision on one purpose in a window, with
 * what caused it: the answer of `GET /v1/subjects/{id}/history`, read from the store.
 */
export async function history(
  ledger: OpenLedger,
  subject: string,
  options: HistoryOptions,
  io: CliIo,
): Promise<number> {
  const subjectId = subjectIdArgument(subject);
  const from = timestampArgument('--from', options.from);
  const { moment: to, asOf } = momentArguments('--to', options.to, options.asOf);
  if (from !== undefined && from > to) throw new UsageError('--from must not be later than --to');
  const purpose = purposeArgument(await ledger.catalogueAt(asOf), options.purpose);
  const events = (await ledger.store.readStream(subjectId)).map(toHistoryEvent);
  const changes = explainedHistory(events, purpose, { from, to, asOf }, options.explain);
  if (options.json) {
    const answer = { subjectId, purpose: purpose.id, from: from ?? null, to, asOf: asOf ?? null, changes };
    io.stdout.write(JSON.stringify(answer, null, 2) + '\n');
    return EXIT_OK;
  }
  const known = asOf ? `, as the ledger knew it at ${asOf}` : '';
  io.stdout.write(`${subjectId}, ${purpose.id}, ${from ?? 'from the first event'} to ${to}${known}\n`);
  const rows = changes.map((change) => ({ ...change, key: `${change.at}\n${causeOf(change)}` }));
  io.stdout.write(decisionTable('from, caused by', AT_WIDTH, rows));
  return EXIT_OK;
}

/**
 * What changed the decision, under the moment it changed: the event's type, or the basis's validity starting or
 * ending (its `basisId` is beside it, under the decision).
 */
function causeOf({ causedBy }: DecisionChange): string {
  if (causedBy === null) return '(in force at the start)';
  return 'type' in causedBy ? causedBy.type : causedBy.validity;
}
