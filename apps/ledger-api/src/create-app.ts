import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'pino';
import { DEFAULT_SERVER_LIMITS } from '@ledger/runtime';
import { LedgerModule, LedgerModuleOptions } from './app.module';
import { serveConsole } from './console/serve-console';
import { capConnections, connectionLimitOptions } from './http/connection-limits';
import { clientErrorHandler, frameworkErrors } from './http/framework-errors';
import { BODY_LIMIT, registerJsonBodyParser } from './http/json-body-parser';
import { ledgerDocument } from './openapi/ledger-document';
import { registerSecurityHeaders } from './http/security-headers';
import { registerLargeAnswersAsBytes } from './http/large-answers';
import { registerRequestLog } from './http/request-log';
import { registerRequestIdHeader } from './http/x-request-id';
import { fastifyLogging } from './logging/fastify-logging';
import { createLedgerLogger } from './logging/ledger-logger';
import { NestPinoLogger } from './logging/nest-pino-logger';
import { registerPermissionFastLane } from './permissions/permission-fast-lane';
import { LedgerMetrics } from './metrics/ledger-metrics';
import { registerHttpMetrics } from './metrics/http-metrics';
import { assertMetricsToken } from './metrics/metrics-access';

/**
 * Builds the ledger's HTTP application; `main.ts` listens with it, the end-to-end tests too. Fastify and Nest
 * both log through `logger`.
 */
export async function createLedgerApp(
  options: LedgerModuleOptions,
  logger: Logger = createLedgerLogger(options.config.logLevel ?? 'info'),
): Promise<NestFastifyApplication> {
  // Checked before Nest builds anything: a failure while it does aborts the process.
  assertMetricsToken(options.config.metricsToken, options.keys);
  const limits = options.config.serverLimits ?? DEFAULT_SERVER_LIMITS;
  const adapter = new FastifyAdapter({
    ...fastifyLogging(logger),
    ...connectionLimitOptions(limits),
    // Requests that arrive while the ledger shuts down are refused by its shutdown gate, as problems.
    return503OnClosing: false,
    bodyLimit: BODY_LIMIT,
    trustProxy: false,
    routerOptions: { maxParamLength: 512 },
    frameworkErrors,
    clientErrorHandler,
  });
  // Nest's own body parser is off: the ledger registers the one parser it trusts.
  const app = await NestFactory.create<NestFastifyApplication>(LedgerModule.forRoot(options), adapter, {
    logger: new NestPinoLogger(logger),
    bodyParser: false,
    // A module that fails to start is thrown to the caller (main.ts says why on stderr), not ended with exit(1).
    abortOnError: false,
  });
  registerRequestIdHeader(app.getHttpAdapter().getInstance());
  registerJsonBodyParser(app.getHttpAdapter().getInstance());
  // Before any route is added (the console's, then the controllers' at init): each route gets its counting hook.
  registerHttpMetrics(app.getHttpAdapter().getInstance(), app.get(LedgerMetrics));
  capConnections(app.getHttpServer(), limits);
  await serveConsole(app, options.config.consoleDir);
  // Its lines are at `info`: a deployment that logs from `warn` up pays nothing per request for them.
  if (logger.isLevelEnabled('info')) registerRequestLog(app.getHttpAdapter().getInstance(), logger);
  registerSecurityHeaders(app.getHttpAdapter().getInstance());
  registerPermissionFastLane(app);
  registerLargeAnswersAsBytes(app.getHttpAdapter().getInstance());
  SwaggerModule.setup('docs', app, ledgerDocument(app));
  return app;
}
