import { LegalBasis } from '../events';

/** A basis as the command side needs it: which purpose it supports and whether it is still standing. */
export interface BasisState {
  purpose: string;
  legalBasis: LegalBasis;
  withdrawn: boolean;
}

/** An objection: the purposes it names and whether the DPO has upheld or overridden it. */
export interface ObjectionState {
  purposes: string[];
  decided: boolean;
}

export interface RestrictionState {
  lifted: boolean;
}

/**
 * What the commands need to know about one subject's stream. Time plays no part here: whether a fact holds
 * at some moment is the decision's question (`decide`), not the command side's.
 */
export interface SubjectState {
  /** The revision of the stream's last event; -1 for a subject with no events. */
  revision: number;
  /** An erasure was completed: nothing more is written to this stream. */
  erased: boolean;
  /** By `basisId`. */
  bases: ReadonlyMap<string, BasisState>;
  /** By `objectionId`. */
  objections: ReadonlyMap<string, ObjectionState>;
  /** By `restrictionId`. */
  restrictions: ReadonlyMap<string, RestrictionState>;
}

export function initialSubjectState(): SubjectState {
  return { revision: -1, erased: false, bases: new Map(), objections: new Map(), restrictions: new Map() };
}
