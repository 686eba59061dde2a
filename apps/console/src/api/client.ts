import { queriesOf } from './queries';
import { subjectCommandsOf } from './subject-commands';
import { createTransport } from './transport';

/** The public `/v1` API with one API key; `onUnauthenticated` runs when the ledger no longer accepts it. */
export function createApi(key: string, onUnauthenticated: () => void = () => undefined) {
  const transport = createTransport(key, onUnauthenticated);
  return { ...queriesOf(transport), ...subjectCommandsOf(transport) };
}

export type Api = ReturnType<typeof createApi>;
