import { readLedgerConfig } from './ledger-config';

describe('readLedgerConfig', () => {
  it('defaults to the embedded store under ./data on port 3000, logging every request', () => {
    const config = readLedgerConfig({});
    expect(config).toMatchObject({ port: 3000, store: 'sqlite', logLevel: 'info', erasureGrace: 'P28D' });
    expect(config.dataDir).toMatch(/\/data$/);
    expect(config.host).toBeUndefined();
    expect(readLedgerConfig({ HOST: '127.0.0.1' }).host).toBe('127.0.0.1');
  });

  it('refuses settings that are not valid, naming the variable', () => {
    expect(() => readLedgerConfig({ LEDGER_STORE: 'mongodb' })).toThrow(/LEDGER_STORE/);
    expect(() => readLedgerConfig({ LEDGER_STORE: 'postgres' })).toThrow(
      'LEDGER_STORE=postgres needs LEDGER_POSTGRES_URL',
    );
    expect(() => readLedgerConfig({ LEDGER_STORE: 'eventstoredb', LEDGER_EVENTSTOREDB_URL: ' ' })).toThrow(
      'LEDGER_STORE=eventstoredb needs LEDGER_EVENTSTOREDB_URL',
    );
    expect(() => readLedgerConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => readLedgerConfig({ LEDGER_RATE_LIMIT: 'many' })).toThrow(/LEDGER_RATE_LIMIT/);
    expect(() => readLedgerConfig({ LEDGER_LOG_LEVEL: 'verbose' })).toThrow(/LEDGER_LOG_LEVEL/);
    expect(() => readLedgerConfig({ LEDGER_ERASURE_GRACE: '28 days' })).toThrow(/LEDGER_ERASURE_GRACE/);
  });

  it('takes a cap of open change streams per key, a positive whole number', () => {
    expect(readLedgerConfig({ LEDGER_MAX_STREAMS_PER_KEY: '8' }).maxStreamsPerKey).toBe(8);
    expect(readLedgerConfig({}).maxStreamsPerKey).toBeUndefined();
    expect(() => readLedgerConfig({ LEDGER_MAX_STREAMS_PER_KEY: '0' })).toThrow(/LEDGER_MAX_STREAMS_PER_KEY/);
  });

  it('takes a rate limit for system keys apart from the other roles, and a metrics token', () => {
    const config = readLedgerConfig({ LEDGER_RATE_LIMIT: '600', LEDGER_RATE_LIMIT_SYSTEM: '0' });
    expect(config).toMatchObject({ rateLimit: 600, systemRateLimit: 0 });
    expect(readLedgerConfig({}).systemRateLimit).toBeUndefined();
    expect(() => readLedgerConfig({ LEDGER_RATE_LIMIT_SYSTEM: '-1' })).toThrow(/LEDGER_RATE_LIMIT_SYSTEM/);
    expect(readLedgerConfig({ LEDGER_METRICS_TOKEN: ' s3cret-scraper-token ' }).metricsToken).toBe(
      's3cret-scraper-token',
    );
    expect(readLedgerConfig({ LEDGER_METRICS_TOKEN: '' }).metricsToken).toBeUndefined();
  });

  it('takes the erasure grace period as an ISO 8601 duration', () => {
    expect(readLedgerConfig({ LEDGER_ERASURE_GRACE: 'P6M' }).erasureGrace).toBe('P6M');
  });

  it('takes the log level by its name, and `log`, its former name for info', () => {
    expect(readLedgerConfig({ LEDGER_LOG_LEVEL: ' debug ' }).logLevel).toBe('debug');
    expect(readLedgerConfig({ LEDGER_LOG_LEVEL: 'warn' }).logLevel).toBe('warn');
    expect(readLedgerConfig({ LEDGER_LOG_LEVEL: 'log' }).logLevel).toBe('info');
    expect(readLedgerConfig({ LEDGER_LOG_LEVEL: '' }).logLevel).toBe('info');
    expect(() => readLedgerConfig({ LEDGER_LOG_LEVEL: 'trace' })).toThrow(
      'LEDGER_LOG_LEVEL must be one of error, warn, info, debug, not "trace"',
    );
  });
});
