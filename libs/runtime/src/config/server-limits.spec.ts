import { readLedgerConfig } from './ledger-config';
import { DEFAULT_SERVER_LIMITS, readServerLimits } from './server-limits';

describe('readServerLimits', () => {
  it('takes the defaults for what is not set, and is part of the configuration', () => {
    expect(readServerLimits({})).toEqual(DEFAULT_SERVER_LIMITS);
    expect(readLedgerConfig({}).serverLimits).toEqual(DEFAULT_SERVER_LIMITS);
  });

  it('reads each limit from its variable; a cap of 0 lifts the cap', () => {
    expect(
      readServerLimits({
        LEDGER_HEADERS_TIMEOUT_MS: '2000',
        LEDGER_REQUEST_TIMEOUT_MS: '5000',
        LEDGER_KEEP_ALIVE_TIMEOUT_MS: '3000',
        LEDGER_MAX_CONNECTIONS: '0',
        LEDGER_SHUTDOWN_GRACE_MS: '4000',
      }),
    ).toEqual({
      headersTimeoutMs: 2000,
      requestTimeoutMs: 5000,
      keepAliveTimeoutMs: 3000,
      maxConnections: 0,
      shutdownGraceMs: 4000,
    });
  });

  it('refuses a limit that is not a whole number, or a timeout of 0, naming the variable', () => {
    expect(() => readServerLimits({ LEDGER_REQUEST_TIMEOUT_MS: '30s' })).toThrow(/LEDGER_REQUEST_TIMEOUT_MS/);
    expect(() => readServerLimits({ LEDGER_KEEP_ALIVE_TIMEOUT_MS: '0' })).toThrow(
      /LEDGER_KEEP_ALIVE_TIMEOUT_MS/,
    );
    expect(() => readServerLimits({ LEDGER_MAX_CONNECTIONS: '-1' })).toThrow(/LEDGER_MAX_CONNECTIONS/);
  });

  it('refuses a headers timeout longer than the request timeout it is part of', () => {
    expect(() =>
      readServerLimits({ LEDGER_HEADERS_TIMEOUT_MS: '20000', LEDGER_REQUEST_TIMEOUT_MS: '10000' }),
    ).toThrow(/LEDGER_HEADERS_TIMEOUT_MS/);
  });
});

describe('the decision log rotation settings', () => {
  it('are read as positive whole numbers', () => {
    const config = readLedgerConfig({
      LEDGER_DECISION_LOG_MAX_BYTES: '1048576',
      LEDGER_DECISION_LOG_FILES: '5',
    });
    expect(config).toMatchObject({ decisionLogMaxBytes: 1048576, decisionLogFiles: 5 });
    expect(() => readLedgerConfig({ LEDGER_DECISION_LOG_FILES: '0' })).toThrow(/LEDGER_DECISION_LOG_FILES/);
  });
});
