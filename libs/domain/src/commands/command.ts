import { LegalBasis, NoticeChannel, ObjectionChannel, RestrictionGround, WithdrawalReason } from '../events';

/**
 * The commands of contract section 5, after the edge has checked their shape. Ids of things a command
 * creates (`basisId`, ...) are chosen by the caller of the domain, so the domain stays free of randomness.
 * `occurredAt` is absent when the request left it out: the event then happened at `now`.
 */
export type LedgerCommand =
  | {
      type: 'EstablishBasis';
      basisId: string;
      purpose: string;
      legalBasis: LegalBasis;
      evidence?: string;
      noticeVersion?: string;
      validFrom?: string;
      validUntil?: string;
      occurredAt?: string;
    }
  | { type: 'WithdrawBasis'; basisId: string; reason: WithdrawalReason; note?: string; occurredAt?: string }
  | {
      type: 'FileObjection';
      objectionId: string;
      purposes: string[];
      grounds?: string;
      channel?: ObjectionChannel;
      occurredAt?: string;
    }
  | {
      type: 'ResolveObjection';
      objectionId: string;
      outcome: 'upheld' | 'overridden';
      motivation?: string;
      occurredAt?: string;
    }
  | { type: 'WithdrawObjection'; objectionId: string; evidence: string; note?: string; occurredAt?: string }
  | {
      type: 'ApplyRestriction';
      restrictionId: string;
      ground: RestrictionGround;
      purposes?: string[];
      dataCategories?: string[];
      note?: string;
      occurredAt?: string;
    }
  | {
      type: 'LiftRestriction';
      restrictionId: string;
      reason: string;
      subjectInformedAt: string;
      occurredAt?: string;
    }
  | {
      type: 'CompleteErasure';
      retain?: string[];
      note?: string;
      suppressionRefs?: string[];
      occurredAt?: string;
    }
  | { type: 'RecordNotice'; noticeVersion: string; channel: NoticeChannel; occurredAt?: string };

/** One kind of command, by its `type`. */
export type CommandOf<T extends LedgerCommand['type']> = Extract<LedgerCommand, { type: T }>;
