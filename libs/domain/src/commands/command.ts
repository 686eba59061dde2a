import {
  ContactChannel,
  IdentityMethod,
  LegalBasis,
  NotificationOutcome,
  ObjectionChannel,
  RequestOutcome,
  RequestRefusalGround,
  RestrictionGround,
  Right,
  WithdrawalReason,
} from '../events';

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
      requestId?: string;
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
      requestId?: string;
      occurredAt?: string;
    }
  | {
      type: 'LiftRestriction';
      restrictionId: string;
      reason: string;
      /** Required: a lifting without it is refused (art. 18(3)), as a rule rather than a shape. */
      subjectInformedAt?: string;
      occurredAt?: string;
    }
  | {
      type: 'CompleteErasure';
      retain?: string[];
      note?: string;
      suppressionRefs?: string[];
      requestId?: string;
      occurredAt?: string;
    }
  | { type: 'RecordNotice'; noticeVersion: string; channel: ContactChannel; occurredAt?: string }
  | {
      type: 'ReceiveRequest';
      requestId: string;
      right: Right;
      channel?: ContactChannel;
      note?: string;
      occurredAt?: string;
    }
  | { type: 'VerifyIdentity'; requestId: string; method: IdentityMethod; note?: string; occurredAt?: string }
  | { type: 'ExtendRequest'; requestId: string; reason: string; occurredAt?: string }
  | {
      type: 'CompleteRequest';
      requestId: string;
      outcome: RequestOutcome;
      refusalGround?: RequestRefusalGround;
      motivation?: string;
      remediesInformed?: boolean;
      occurredAt?: string;
    }
  | {
      type: 'RecordRectification';
      rectificationId: string;
      dataCategories: string[];
      note?: string;
      requestId?: string;
      occurredAt?: string;
    }
  | {
      type: 'RecordDisclosure';
      disclosureId: string;
      recipientId: string;
      recipientRef?: string;
      purpose: string;
      dataCategories: string[];
      occurredAt?: string;
    }
  | {
      type: 'NotifyRecipient';
      about: string;
      recipientId: string;
      outcome?: NotificationOutcome;
      channel?: ContactChannel;
      note?: string;
      occurredAt?: string;
    };

/** One kind of command, by its `type`. */
export type CommandOf<T extends LedgerCommand['type']> = Extract<LedgerCommand, { type: T }>;
