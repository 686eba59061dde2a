import { CATALOGUE_STREAM } from '@ledger/domain/catalogue/catalogue-log';
import { useEffect } from 'react';
import { followChanges } from '../api/change-follower';
import { useSession } from '../session/session';
import { useRefreshSubject } from './use-subject-command';

/**
 * While a subject's page is open, what anyone records on the subject shows by itself: the page follows the
 * change stream and refetches when a message names the subject (or a catalogue adoption, which may change
 * any decision). Leaving the page closes the stream. Roles that may not read the stream refresh as before.
 */
export function useLiveSubject(subjectId: string): void {
  const { api, can } = useSession();
  const refresh = useRefreshSubject(subjectId);
  useEffect(() => {
    if (!can.follow) return;
    const following = followChanges({
      issueToken: api.changesToken,
      onMessage: ({ subjectId: changed }) => {
        if (changed === subjectId || changed === CATALOGUE_STREAM) void refresh();
      },
    });
    return following.close;
  }, [api, can.follow, subjectId, refresh]);
}
