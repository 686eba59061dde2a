import { DISCLOSING } from '@ledger/domain/commands/complete-request';
import { EXPLAINED } from '@ledger/domain/commands/verify-identity';
import type { IdentityMethod } from '@ledger/domain/events';
import type { DataSubjectRequest } from '../api/wire';
import type { Abilities } from '../session/abilities';

/** The steps of a request the role may record now: the API's own rules (contract section 6). */
export interface RequestSteps {
  identity: boolean;
  extension: boolean;
  completion: boolean;
}

/**
 * Nothing after the answer (409 ALREADY_COMPLETED). The identity check once (a later one changes nothing);
 * the one extension, on or before the deadline (422 EXTENSION_TOO_LATE, 409 ALREADY_EXTENDED).
 */
export function requestSteps(request: DataSubjectRequest, can: Abilities, now: string): RequestSteps {
  const open = request.completedAt === null;
  return {
    identity: can.record && open && request.identityVerifiedAt === null,
    extension: can.decide && open && request.extendedUntil === null && now <= request.deadline,
    completion: can.decide && open,
  };
}

/** A request that discloses or changes data is granted, even in part, only once the identity is verified (art. 12(6)). */
export function grantNeedsIdentity(request: DataSubjectRequest): boolean {
  return DISCLOSING.includes(request.right) && request.identityVerifiedAt === null;
}

/** Methods that must say in a note why they were enough (422 NOTE_REQUIRED). */
export function methodNeedsNote(method: IdentityMethod): boolean {
  return EXPLAINED.includes(method);
}

/** The deadline that counts: the extended one once extended. */
export function deadlineOf(request: DataSubjectRequest): string {
  return request.extendedUntil ?? request.deadline;
}
