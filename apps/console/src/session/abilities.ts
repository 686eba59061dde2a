import { AUDITORS, DPO_ONLY, type Role } from '../../../ledger-api/src/auth/roles';

/** What the console offers a role: the API's own policy (`roles.ts`), so it offers nothing the API refuses. */
export interface Abilities {
  /** The event timeline, the hash chain and the objections queue. */
  audit: boolean;
  /** Deciding objections, applying and lifting restrictions, recording erasures. */
  decide: boolean;
}

export function abilitiesOf(role: string): Abilities {
  return { audit: AUDITORS.includes(role as Role), decide: DPO_ONLY.includes(role as Role) };
}
