import { AUDITORS, CHANGE_READERS, DPO_ONLY, type Role, WRITERS } from '../../../ledger-api/src/auth/roles';

/** What the console offers a role: the API's own policy (`roles.ts`), so it offers nothing the API refuses. */
export interface Abilities {
  /** The event timeline, the hash chain and the queues. */
  audit: boolean;
  /** Deciding objections, applying and lifting restrictions, recording erasures. */
  decide: boolean;
  /** What the back office records too: withdrawing an objection. */
  record: boolean;
  /** Following the change stream, so an open subject page shows what others record. */
  follow: boolean;
}

export function abilitiesOf(role: string): Abilities {
  const may = (roles: readonly Role[]) => roles.includes(role as Role);
  return { audit: may(AUDITORS), decide: may(DPO_ONLY), record: may(WRITERS), follow: may(CHANGE_READERS) };
}
