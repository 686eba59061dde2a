import { useQuery } from '@tanstack/react-query';
import { useSession } from '../session/session';

/** The catalogue in force (`GET /v1/purposes`): fetched once per session, it changes only with a deployment. */
export function useCatalogue() {
  const { api } = useSession();
  return useQuery({ queryKey: ['purposes'], queryFn: () => api.purposes(), staleTime: Infinity });
}
