import { PurposeDefinition } from '../catalogue/purpose';
import { HistoryEvent, LedgerEventType } from '../events';
import { later, laterExpiry } from './precedence';

type Event<T extends LedgerEventType> = Extract<HistoryEvent, { type: T }>;

const EMPTY: readonly string[] = [];

/**
 * What one pass over a subject's history (in stream order, as every store returns it) finds about one purpose
 * at one moment. Only events recorded at or before `asOf` exist. Erasures, restrictions, liftings,
 * withdrawals, objections and decisions count once they occurred (`occurredAt <= at`); a basis counts by its
 * validity period alone, so one recorded late with an earlier `validFrom` supports the purpose from then on.
 * A basis whose legal basis the catalogue in force no longer allows for the purpose supports nothing.
 */
export class Scan {
  /** Step 1: the latest erasure by `at`; only it counts (a later one may narrow what an earlier one kept). */
  erasure: Event<'ErasureCompleted'> | undefined = undefined;
  /** Step 2: the latest restriction that denies the purpose, and the latest it may continue under. */
  restriction: Event<'RestrictionApplied'> | undefined = undefined;
  exemption: Event<'RestrictionApplied'> | undefined = undefined;
  /** Step 3: the bases valid at `at` and not withdrawn, in stream order. */
  readonly active: Event<'BasisEstablished'>[] = [];
  withdrawal: Event<'BasisWithdrawn'> | undefined = undefined;
  expiry: Event<'BasisEstablished'> | undefined = undefined;
  /** A consent for the purpose that has ended by `at`: by its withdrawal, or by expiring. */
  consentWithdrawal: Event<'BasisWithdrawn'> | undefined = undefined;
  consentExpiry: Event<'BasisEstablished'> | undefined = undefined;
  /** Step 4: the objections in force (filed by `at`, not withdrawn by then) and their decisions. */
  absoluteObjection: Event<'ObjectionFiled'> | undefined = undefined;
  pendingObjection: Event<'ObjectionFiled'> | undefined = undefined;
  upholding: Event<'ObjectionUpheld'> | undefined = undefined;
  overriding: Event<'ObjectionOverridden'> | undefined = undefined;

  constructor(
    private readonly history: readonly HistoryEvent[],
    private readonly purpose: PurposeDefinition,
    private readonly at: string,
    private readonly asOf: string | undefined,
    private readonly categories: readonly string[] | undefined,
  ) {
    for (let i = 0; i < history.length; i++) this.visit(i, history[i]);
  }

  /** Whether a consent for the purpose had ended by `at`. */
  get consentEnded(): boolean {
    return this.consentWithdrawal !== undefined || this.consentExpiry !== undefined;
  }

  private visit(i: number, event: HistoryEvent): void {
    if (!this.known(event)) return;
    if (event.type === 'BasisEstablished') {
      if (event.data.purpose === this.purpose.id) this.basis(i, event);
    } else if (event.occurredAt > this.at) {
      return;
    } else if (event.type === 'ObjectionFiled') {
      if (this.purpose.objection !== 'none' && event.data.purposes.includes(this.purpose.id))
        this.objection(i, event);
    } else if (event.type === 'RestrictionApplied') {
      if (covers(event.data, this.purpose, this.categories)) this.restricted(i, event);
    } else if (event.type === 'ErasureCompleted') {
      this.erasure = later(this.erasure, event);
    }
  }

  /** Step 3: withdrawn, expired, not yet valid, or active. */
  private basis(i: number, event: Event<'BasisEstablished'>): void {
    const { basisId, legalBasis, validFrom, validUntil } = event.data;
    if (!this.purpose.legalBases.includes(legalBasis)) return;
    const consent = legalBasis === 'consent';
    const withdrawal = this.followUp(i, 'BasisWithdrawn', 'basisId', basisId) as Event<'BasisWithdrawn'>;
    if (withdrawal !== undefined) {
      this.withdrawal = later(this.withdrawal, withdrawal);
      if (consent) this.consentWithdrawal = later(this.consentWithdrawal, withdrawal);
    } else if (validUntil !== undefined && validUntil <= this.at) {
      this.expiry = laterExpiry(this.expiry, event);
      if (consent) this.consentExpiry = laterExpiry(this.consentExpiry, event);
    } else if (validFrom <= this.at) {
      this.active.push(event);
    }
  }

  /**
   * Step 4: a withdrawn objection counts for nothing; an absolute one counts once filed; one to a balancing or
   * claims purpose is pending, upheld or overridden at `at`.
   */
  private objection(i: number, event: Event<'ObjectionFiled'>): void {
    const { objectionId } = event.data;
    if (this.followUp(i, 'ObjectionWithdrawn', 'objectionId', objectionId) !== undefined) return;
    if (this.purpose.objection === 'absolute') {
      this.absoluteObjection = later(this.absoluteObjection, event);
      return;
    }
    const decision =
      this.followUp(i, 'ObjectionUpheld', 'objectionId', objectionId) ??
      this.followUp(i, 'ObjectionOverridden', 'objectionId', objectionId);
    if (decision === undefined) this.pendingObjection = later(this.pendingObjection, event);
    else if (decision.type === 'ObjectionUpheld') this.upholding = later(this.upholding, decision);
    else this.overriding = later(this.overriding, decision as Event<'ObjectionOverridden'>);
  }

  /** Step 2: a covering restriction not lifted by `at` denies the purpose, or exempts it when it may continue. */
  private restricted(i: number, event: Event<'RestrictionApplied'>): void {
    if (this.followUp(i, 'RestrictionLifted', 'restrictionId', event.data.restrictionId) !== undefined)
      return;
    if (this.purpose.allowedUnderRestriction) this.exemption = later(this.exemption, event);
    else this.restriction = later(this.restriction, event);
  }

  /**
   * The event of `type` that follows up the one at `from` (always later in the stream, and at most one, as the
   * commands allow), if it counts at `at`.
   */
  private followUp(from: number, type: LedgerEventType, key: string, id: string): HistoryEvent | undefined {
    for (let j = from + 1; j < this.history.length; j++) {
      const event = this.history[j];
      if (event.type !== type || (event.data as Record<string, unknown>)[key] !== id) continue;
      return this.known(event) && event.occurredAt <= this.at ? event : undefined;
    }
    return undefined;
  }

  private known(event: HistoryEvent): boolean {
    return this.asOf === undefined || event.recordedAt <= this.asOf;
  }
}

/**
 * Whether a restriction covers the purpose: it names neither purposes nor categories (everything; an empty
 * list counts as none named), names the purpose, or names a category the purpose uses and, when the check
 * lists `categories`, one of those.
 */
export function covers(
  data: Pick<Event<'RestrictionApplied'>['data'], 'purposes' | 'dataCategories'>,
  purpose: PurposeDefinition,
  asked?: readonly string[],
) {
  const purposes = data.purposes ?? EMPTY;
  const categories = data.dataCategories ?? EMPTY;
  if (purposes.length === 0 && categories.length === 0) return true;
  if (purposes.includes(purpose.id)) return true;
  for (const category of categories) {
    if (purpose.dataCategories.includes(category) && (asked === undefined || asked.includes(category)))
      return true;
  }
  return false;
}
