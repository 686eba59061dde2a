export const ROLES = ['system', 'operator', 'dpo', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** Who may do what: one line per kind of route, so the whole policy reads in one place. */
export const ALL_ROLES: readonly Role[] = ROLES;
export const WRITERS: readonly Role[] = ['operator', 'dpo'];
export const DPO_ONLY: readonly Role[] = ['dpo'];
export const AUDITORS: readonly Role[] = ['auditor', 'dpo'];
/** The change stream: the systems that act on decisions, and those who audit them. */
export const CHANGE_READERS: readonly Role[] = ['system', 'auditor', 'dpo'];
