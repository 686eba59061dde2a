import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Api } from '../api/client';
import { useSession } from '../session/session';

/** After a command on a subject: refetch what shows it (its decisions, events, chain, requests) and the queues. */
export function useRefreshSubject(subjectId: string): () => Promise<void> {
  const queryClient = useQueryClient();
  // The same function while the subject is: the live page's stream stays open across renders.
  return useCallback(async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['subject', subjectId] }),
      queryClient.invalidateQueries({ queryKey: ['queue'] }),
    ]);
  }, [queryClient, subjectId]);
}

/**
 * Runs a command on a subject, then refreshes it. `revision` is the subject's revision as the page shows it
 * (`null`: no events), so a command taken on a stale page is refused rather than recorded.
 */
export function useSubjectCommand(subjectId: string, revision: number | null) {
  const { api } = useSession();
  const refresh = useRefreshSubject(subjectId);
  return async <T>(run: (api: Api, expectedRevision: number) => Promise<T>): Promise<T> => {
    const answer = await run(api, revision ?? -1);
    await refresh();
    return answer;
  };
}
