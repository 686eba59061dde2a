import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@ledger/event-store';
import { Clock, LedgerConfig } from '@ledger/runtime';
import { Gatekeeper } from '../auth/gatekeeper';
import { LEDGER_CONFIG } from '../config/ledger-config.token';
import { ReadSide } from '../read-side/read-side.service';
import { LedgerMetrics } from './ledger-metrics';
import { MetricsAccess } from './metrics-access';
import { LAG_COUNT_LIMIT, ReadSideLag } from './read-side-lag';
import { MetricsText, ScrapeMetricsQuery } from './scrape-metrics.query';

/**
 * Admits the scraper, and adds the series only a scrape reads: where the read side is, and how far it
 * trails the store.
 */
@QueryHandler(ScrapeMetricsQuery)
export class ScrapeMetricsHandler implements IQueryHandler<ScrapeMetricsQuery, MetricsText> {
  private readonly access: MetricsAccess;

  constructor(
    private readonly metrics: LedgerMetrics,
    @Inject(EVENT_STORE) store: EventStore,
    readSide: ReadSide,
    clock: Clock,
    gatekeeper: Gatekeeper,
    @Inject(LEDGER_CONFIG) config: LedgerConfig,
  ) {
    this.access = new MetricsAccess(config.metricsToken, gatekeeper);
    const lag = new ReadSideLag(store, readSide, clock);
    metrics.gauge(
      'ledger_read_side_position',
      'The position of the last event the read side applied (a store position, not a count)',
      () => Number(readSide.position),
    );
    metrics.gauge(
      'ledger_read_cache_subjects',
      'Subjects whose histories the read side holds in memory (at most LEDGER_READ_CACHE_SUBJECTS)',
      () => readSide.cachedSubjects,
    );
    metrics.gauge(
      'ledger_read_side_lag_events',
      `Events in the store the read side has not applied yet, counted up to ${LAG_COUNT_LIMIT}`,
      async () => (await lag.measure()).events,
    );
    metrics.gauge(
      'ledger_read_side_lag_seconds',
      'How long ago the oldest event the read side has not applied was recorded; 0 when none',
      async () => (await lag.measure()).seconds,
    );
  }

  async execute({ options }: ScrapeMetricsQuery): Promise<MetricsText> {
    this.access.admit(options.authorization);
    return this.metrics.scrape();
  }
}
