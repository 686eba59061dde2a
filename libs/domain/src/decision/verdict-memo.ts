import { PurposeDefinition } from '../catalogue/purpose';
import { HistoryEvent } from '../events';
import { decide } from './decide';
import { DecideOptions, Verdict } from './decision';

/** One verdict kept for a history: for which purpose, over how many events, and the times it holds between. */
interface Kept {
  purpose: PurposeDefinition;
  length: number;
  from: string;
  until: string | undefined;
  verdict: Verdict;
}

/**
 * `decide` for live checks, which ask about the same subjects again and again, remembered per history.
 * `decide` compares `at` with the times its history names and nothing else (`occurredAt` of every event,
 * `validFrom` and `validUntil` of a basis), and `at` itself is the only part of the verdict it shapes: so a verdict
 * found at `from` holds, `at` aside, for every moment from `from` until the next time the history names, as long
 * as the history has not grown (histories only grow, by events appended at their end) and the catalogue's purpose
 * is the same object (a catalogue adopted later is another). A check with `asOf` or data categories is decided
 * afresh. Each history keeps its last verdict only, so memory stays at one verdict per subject held; the
 * verdicts handed out share their `reasons` and `basis`, which nothing mutates.
 *
 * Why: a check on one of many subjects held in memory spends most of its time waiting for that subject's events
 * to come from memory (docs/performance.md); a remembered verdict is a few reads where the events are thirty.
 */
export class VerdictMemo {
  // Keyed by the history itself: a subject the read side lets go takes its verdict with it.
  private readonly kept = new WeakMap<readonly HistoryEvent[], Kept>();

  /** What `decide` answers for the same arguments. */
  readonly decide = (
    history: readonly HistoryEvent[],
    purpose: PurposeDefinition,
    at: string,
    options?: DecideOptions,
  ): Verdict => {
    if (options?.asOf !== undefined || options?.categories?.length)
      return decide(history, purpose, at, options);
    const kept = this.kept.get(history);
    if (
      kept !== undefined &&
      kept.purpose === purpose &&
      kept.length === history.length &&
      at >= kept.from &&
      (kept.until === undefined || at < kept.until)
    ) {
      return { ...kept.verdict, at };
    }
    const verdict = decide(history, purpose, at, options);
    this.kept.set(history, {
      purpose,
      length: history.length,
      from: at,
      until: nextTimeAfter(history, at),
      verdict,
    });
    return verdict;
  };
}

/** The earliest of the times `decide` compares `at` with that is later than `at`; none when there is none. */
function nextTimeAfter(history: readonly HistoryEvent[], at: string): string | undefined {
  let next: string | undefined;
  const consider = (time: string | undefined) => {
    if (time !== undefined && time > at && (next === undefined || time < next)) next = time;
  };
  for (const event of history) {
    consider(event.occurredAt);
    if (event.type === 'BasisEstablished') {
      consider(event.data.validFrom);
      consider(event.data.validUntil);
    }
  }
  return next;
}
