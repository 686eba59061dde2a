import { Counter, Histogram, Registry } from 'prom-client';
import { PlainCounter, PlainHistogram } from './plain-series';

const BUCKETS = [0.001, 0.01, 0.1];
const OBSERVED = [0.0004, 0.001, 0.003, 0.05, 0.05, 7];

/** The plain series must scrape exactly as prom-client's own, which they stand in for on the hot path. */
describe('PlainCounter and PlainHistogram', () => {
  it('scrape as prom-client writes a counter and a histogram with the same values', async () => {
    const plain = new Registry();
    const counter = new PlainCounter('c_total', 'a counter', ['code'], plain);
    const histogram = new PlainHistogram(
      { name: 'h_seconds', help: 'a histogram', labelNames: ['route', 'status'], buckets: BUCKETS },
      plain,
    );
    counter.slot('A').value += 2;
    counter.slot('B').value++;
    const series = histogram.slot('/v1/x', '200');
    for (const value of OBSERVED) histogram.observe(series, value);

    const reference = new Registry();
    const theirs = new Counter({
      name: 'c_total',
      help: 'a counter',
      labelNames: ['code'],
      registers: [reference],
    });
    theirs.labels('A').inc(2);
    theirs.labels('B').inc();
    const theirHistogram = new Histogram({
      name: 'h_seconds',
      help: 'a histogram',
      labelNames: ['route', 'status'],
      buckets: BUCKETS,
      registers: [reference],
    });
    for (const value of OBSERVED) theirHistogram.labels('/v1/x', '200').observe(value);

    expect(await plain.metrics()).toBe(await reference.metrics());
  });

  it('keeps one series per label values, whichever call made it', () => {
    const counter = new PlainCounter('c_total', 'a counter', ['purpose', 'outcome'], new Registry());
    expect(counter.slot('collection', 'permitted')).toBe(counter.slot('collection', 'permitted'));
    expect(counter.slot('collection', 'permitted')).not.toBe(counter.slot('collection', 'refused'));
  });
});
