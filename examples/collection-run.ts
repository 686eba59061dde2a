/**
 * The collection run's pattern: before letters go out, ask the ledger about every debtor in one go, process
 * only those it permits, and report the others with the ledger's reasons and the id of each decision.
 *
 *   LEDGER_URL=http://localhost:3000 LEDGER_API_KEY=<a system key> npx tsx examples/collection-run.ts [ids...]
 *
 * `LEDGER_URL` may be left out (that is its default); without ids it checks debtor-1001 to debtor-1010.
 */
import { Decision, LedgerClient, LedgerError } from '@basis-ledger/client';

const PURPOSE = 'collection';
const LEDGER_URL = process.env.LEDGER_URL ?? 'http://localhost:3000';

async function main(): Promise<void> {
  const apiKey = process.env.LEDGER_API_KEY;
  if (!apiKey) throw new Error('set LEDGER_API_KEY to a system key (npm start prints one)');
  const ledger = new LedgerClient({ baseUrl: LEDGER_URL, apiKey });
  const debtors = process.argv.length > 2 ? process.argv.slice(2) : defaultDebtors();

  // One call however many debtors: the client sends them in batches of 1000 and keeps the order.
  const decisions = await ledger.checkMany(debtors.map((subjectId) => ({ subjectId, purpose: PURPOSE })));

  const permitted = decisions.filter((decision) => decision.permitted);
  const refused = decisions.filter((decision) => !decision.permitted);
  for (const decision of permitted) sendLetter(decision);
  console.log(`checked ${decisions.length} debtors for ${PURPOSE}`);
  console.log(`letters sent: ${permitted.length}`);
  console.log(`refused: ${refused.length}`);
  for (const decision of refused) {
    const [reason] = decision.reasons;
    console.log(
      `  ${decision.subjectId}  ${reason.code}  ${reason.message}  (decision ${decision.decisionId})`,
    );
  }
}

/** Stands in for the letter run itself. */
function sendLetter(decision: Decision): void {
  console.log(`  letter to ${decision.subjectId} on the ${decision.basis?.legalBasis} basis`);
}

function defaultDebtors(): string[] {
  return Array.from({ length: 10 }, (_, i) => `debtor-${1001 + i}`);
}

main().catch((error: unknown) => {
  console.error(`the collection run stopped: ${why(error)}`);
  process.exitCode = 1;
});

/** What went wrong, in words an operator can act on; `fetch` alone says only "fetch failed". */
function why(error: unknown): string {
  if (error instanceof LedgerError) return error.message;
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  if (error instanceof TypeError && cause) {
    return `the ledger at ${LEDGER_URL} could not be reached (${cause.code ?? cause.message}); is it running there?`;
  }
  return String(error);
}
