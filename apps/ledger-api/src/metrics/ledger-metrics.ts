import { collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import { CountSlot, DurationSlot, PlainCounter, PlainHistogram } from './plain-series';

/** Seconds: a check answers in well under a millisecond, a verification of the whole log in seconds. */
const DURATION_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Where the store failed: a request's own call, or the read side's subscription or heartbeat. */
const STORE_ERROR_SOURCES = ['request', 'read-side'] as const;
export type StoreErrorSource = (typeof STORE_ERROR_SOURCES)[number];

/**
 * The ledger's Prometheus series, and prom-client's default process series, in a registry of this
 * application's own (several applications share a process in the tests). Every label value is a route
 * pattern, a method, a status, a purpose of the catalogue, an event type or a problem code: bounded sets,
 * none of them personal data. The counting methods are on the hot path: each finds its series' slot in a map
 * and adds to a number.
 */
export class LedgerMetrics {
  readonly registry = new Registry();
  private readonly requests = new PlainHistogram(
    {
      name: 'ledger_http_request_duration_seconds',
      help: 'Answered requests by method, route pattern and status, and how long each took (its _count is the request count)',
      labelNames: ['method', 'route', 'status'],
      buckets: DURATION_BUCKETS,
    },
    this.registry,
  );
  private readonly decisions = new PlainCounter(
    'ledger_decisions_total',
    'Permission decisions answered, by purpose and outcome (permitted or refused)',
    ['purpose', 'outcome'],
    this.registry,
  );
  private readonly appends = new PlainCounter(
    'ledger_appends_total',
    'Events this process appended, by event type',
    ['type'],
    this.registry,
  );
  private readonly refusals = new PlainCounter(
    'ledger_refusals_total',
    'Problems answered, by their code (a command refused by its rules, validation, keys, limits, the store)',
    ['code'],
    this.registry,
  );
  private readonly storeErrors = new PlainCounter(
    'ledger_store_errors_total',
    'Failures of the event store: a request that failed on it, or the read side losing it',
    ['source'],
    this.registry,
  );
  private readonly readCache = new PlainCounter(
    'ledger_read_cache_lookups_total',
    'Subjects the read side looked up: in memory (hit) or read from the store (miss)',
    ['result'],
    this.registry,
  );
  /** Counted on the hot path: a hit adds to a number. */
  readonly readCacheHits = this.readCache.slot('hit');
  readonly readCacheMisses = this.readCache.slot('miss');
  private readonly decisionSlots = new Map<string, { permitted: CountSlot; refused: CountSlot }>();
  private readonly appendSlots = new Map<string, CountSlot>();
  private readonly refusalSlots = new Map<string, CountSlot>();

  /** `processSeries`: prom-client's default series of the process (memory, CPU, event loop, handles). */
  constructor(options: { processSeries?: boolean } = {}) {
    if (options.processSeries) collectDefaultMetrics({ register: this.registry });
    // Scraped from the start at 0, so that `rate()` and an alert on store errors see the first one.
    for (const source of STORE_ERROR_SOURCES) this.storeErrors.slot(source);
  }

  /** The duration series of one method, route pattern and status; callers keep it, to observe with. */
  requestSeries(method: string, route: string, status: number): DurationSlot {
    return this.requests.slot(method, route, String(status));
  }

  answered(series: DurationSlot, seconds: number): void {
    this.requests.observe(series, seconds);
  }

  /** `purpose` is one of the catalogue's: an unknown one is refused before it is decided. */
  decided(purpose: string, permitted: boolean): void {
    let slots = this.decisionSlots.get(purpose);
    if (!slots) {
      slots = {
        permitted: this.decisions.slot(purpose, 'permitted'),
        refused: this.decisions.slot(purpose, 'refused'),
      };
      this.decisionSlots.set(purpose, slots);
    }
    (permitted ? slots.permitted : slots.refused).value++;
  }

  appended(eventType: string): void {
    slotOf(this.appendSlots, this.appends, eventType).value++;
  }

  refused(code: string): void {
    slotOf(this.refusalSlots, this.refusals, code).value++;
  }

  storeFailed(source: StoreErrorSource): void {
    this.storeErrors.slot(source).value++;
  }

  /** A gauge read when scraped: `read` gives its value then. */
  gauge(name: string, help: string, read: () => number | Promise<number>): void {
    new Gauge({
      name,
      help,
      registers: [this.registry],
      async collect() {
        this.set(await read());
      },
    });
  }

  /** The text format, for `GET /metrics`. */
  async scrape(): Promise<{ contentType: string; text: string }> {
    return { contentType: this.registry.contentType, text: await this.registry.metrics() };
  }
}

/** The slot of a one-label series, kept in `slots` so that the hot path makes no label list. */
function slotOf(slots: Map<string, CountSlot>, counter: PlainCounter, value: string): CountSlot {
  let slot = slots.get(value);
  if (!slot) slots.set(value, (slot = counter.slot(value)));
  return slot;
}
