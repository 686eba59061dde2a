import { EventStore, verifyLog, VerifyLogOptions } from '@ledger/event-store';
import { LogVerificationAnswer } from '@ledger/wire';

/**
 * The whole log verified (`verifyLog`), its breaks naming streams as the API and the CLI name them: by their
 * subject.
 */
export async function verifySubjects(
  store: EventStore,
  options?: VerifyLogOptions,
): Promise<LogVerificationAnswer> {
  const { breaks, ...verification } = await verifyLog(store, options);
  return {
    ...verification,
    breaks: breaks.map(({ streamId, ...found }) => ({ subjectId: streamId, ...found })),
  };
}
