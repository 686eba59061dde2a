import './v8-tuning';
import 'reflect-metadata';
import { Logger } from 'pino';
import { ApiKey, loadOrGenerateKeys, parseApiKeys } from './auth/api-keys';
import { DEFAULT_SERVER_LIMITS, failureMessage, readLedgerConfig } from '@ledger/runtime';
import { createLedgerApp } from './create-app';
import { createLedgerLogger } from './logging/ledger-logger';
import { closeGracefullyOnSignals } from './shutdown/graceful-shutdown';

/** In a container the port is reached from outside it; `HOST=127.0.0.1` keeps a trial set-up to its machine. */
const EVERY_INTERFACE = '0.0.0.0';

async function bootstrap(): Promise<void> {
  const config = readLedgerConfig();
  const logger = createLedgerLogger(config.logLevel ?? 'info');
  // Set but empty (a secret that failed to be injected) is refused by parseApiKeys, never taken for unset: the
  // server would otherwise generate keys of its own and print them into the logs.
  const keys =
    config.apiKeys !== undefined
      ? parseApiKeys(config.apiKeys)
      : announce(loadOrGenerateKeys(config.dataDir), logger);
  const app = await createLedgerApp({ config, keys }, logger);
  closeGracefullyOnSignals(app, {
    graceMs: (config.serverLimits ?? DEFAULT_SERVER_LIMITS).shutdownGraceMs,
    logs: logger,
  });
  const host = config.host ?? EVERY_INTERFACE;
  await app.listen(config.port, host);
  logger.info(
    { context: 'Ledger' },
    `listening on ${host} port ${config.port}, store ${config.store}, data in ${config.dataDir}`,
  );
}

/**
 * The contract asks for generated keys to be printed at start: on stdout as plain lines, never through the
 * logger, and only at the start that made them. Later starts log the file that keeps them, not the secrets,
 * so output collected over many starts holds each secret once at most.
 */
function announce(
  { keys, generated, file }: { keys: ApiKey[]; generated: boolean; file: string },
  logger: Logger,
): ApiKey[] {
  if (!generated) {
    logger.info({ context: 'Ledger' }, `API keys loaded from ${file} (set LEDGER_API_KEYS to use your own)`);
    return keys;
  }
  const lines = keys.map((key) => `  ${key.role.padEnd(9)} ${key.secret}   (name ${key.name})`);
  process.stdout.write(
    `API keys generated, kept in ${file} (set LEDGER_API_KEYS to use your own):\n${lines.join('\n')}\n`,
  );
  return keys;
}

bootstrap().catch((error: Error) => {
  process.stderr.write(`basis-ledger cannot start: ${failureMessage(error)}\n`);
  process.exit(1);
});
