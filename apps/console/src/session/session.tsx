import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { type Api, createApi } from '../api/client';
import type { Actor } from '../api/wire';
import { type Abilities, abilitiesOf } from './abilities';

/** The key lives in this tab's session storage only: gone when the tab closes, never in local storage. */
const KEY_STORAGE = 'basis-ledger.api-key';

export interface Session {
  api: Api;
  actor: Actor;
  can: Abilities;
  signOut: () => void;
}

interface SessionState {
  session: Session | null;
  /** Set while a stored key is being checked with the ledger. */
  checking: boolean;
  signIn: (key: string) => Promise<void>;
  signOut: () => void;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [key, setKey] = useState(() => sessionStorage.getItem(KEY_STORAGE));

  const signOut = useCallback(() => {
    sessionStorage.removeItem(KEY_STORAGE);
    setKey(null);
    queryClient.clear();
  }, [queryClient]);

  const api = useMemo(() => (key ? createApi(key, signOut) : null), [key, signOut]);
  const me = useQuery({ queryKey: ['me'], queryFn: () => api!.me(), enabled: api !== null });

  const signIn = useCallback(
    async (candidate: string) => {
      const actor = await createApi(candidate).me();
      sessionStorage.setItem(KEY_STORAGE, candidate);
      queryClient.setQueryData(['me'], actor);
      setKey(candidate);
    },
    [queryClient],
  );

  const session = useMemo(
    () => (api && me.data ? { api, actor: me.data, can: abilitiesOf(me.data.role), signOut } : null),
    [api, me.data, signOut],
  );
  const state = { session, checking: api !== null && me.isPending, signIn, signOut };
  return <SessionContext.Provider value={state}>{children}</SessionContext.Provider>;
}

export function useSessionState(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSessionState outside SessionProvider');
  return state;
}

/** The signed-in session; only pages behind the sign-in use it. */
export function useSession(): Session {
  const { session } = useSessionState();
  if (!session) throw new Error('useSession without a signed-in session');
  return session;
}
