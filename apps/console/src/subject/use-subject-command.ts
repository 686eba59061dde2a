import { useQueryClient } from '@tanstack/react-query';
import { useSession } from '../session/session';

/**
 * Runs a command on a subject and refreshes what shows it: its decisions, events and chain, and the queue.
 * `revision` is the subject's revision as the page shows it, so a command based on a stale page is refused.
 */
export function useSubjectCommand(subjectId: string, revision: number | null) {
  const { api } = useSession();
  const queryClient = useQueryClient();
  const expectedRevision = revision ?? -1;
  return async (
    run: (api: ReturnType<typeof useSession>['api'], expectedRevision: number) => Promise<unknown>,
  ) => {
    await run(api, expectedRevision);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['subject', subjectId] }),
      queryClient.invalidateQueries({ queryKey: ['objections'] }),
    ]);
  };
}
