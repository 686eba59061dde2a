import { queriesOf } from './queries';
import { rightsCommandsOf } from './rights-commands';
import { rightsQueriesOf } from './rights-queries';
import { subjectCommandsOf } from './subject-commands';
import { createTransport } from './transport';

/** The public `/v1` API with one API key; `onUnauthenticated` runs when the ledger no longer accepts it. */
export function createApi(key: string, onUnauthenticated: () => void = () => undefined) {
  const transport = createTransport(key, onUnauthenticated);
  return {
    ...queriesOf(transport),
    ...rightsQueriesOf(transport),
    ...subjectCommandsOf(transport),
    ...rightsCommandsOf(transport),
  };
}

export type Api = ReturnType<typeof createApi>;
