import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { Clock, LedgerConfig, PersonalDataCodec, SystemClock } from '@ledger/runtime';
import { AuditController } from './audit/audit.controller';
import { LogVerificationController } from './audit/log-verification.controller';
import { ApiKeyGuard } from './auth/api-key.guard';
import { KeyRing } from './auth/key-ring';
import { rateBudgets } from './auth/rate-limit';
import { Gatekeeper } from './auth/gatekeeper';
import { StreamTokens, streamTokenSecret } from './auth/stream-tokens';
import { MASTER_KEY } from './config/master-key.token';
import { BasesController } from './bases/bases.controller';
import { COMMAND_HANDLERS, QUERY_HANDLERS } from './cqrs-handlers';
import { ChangesController } from './changes/changes.controller';
import { DecisionLog } from './decision-log/decision-log';
import { ErasureController } from './erasure/erasure.controller';
import { ExportController } from './export/export.controller';
import { HealthController } from './health/health.controller';
import { HistoryController } from './history/history.controller';
import { CatalogueAdoption } from './catalogue/catalogue-adoption';
import { CatalogueInForce } from './catalogue/catalogue-in-force';
import { NoticesController } from './notices/notices.controller';
import { ObjectionsController } from './objections/objections.controller';
import { PermissionsController } from './permissions/permissions.controller';
import { ProblemDetailsFilter } from './problems/problem-details.filter';
import { LedgerValidationPipe } from './problems/validation.pipe';
import { PurposesController } from './purposes/purposes.controller';
import { ReadSide } from './read-side/read-side.service';
import { RestrictionsController } from './restrictions/restrictions.controller';
import { ApiKey } from './auth/api-keys';
import { MeController } from './auth/me.controller';
import { ObjectionsQueueController } from './objections-queue/objections-queue.controller';
import { OpenObjections } from './objections-queue/open-objections';
import { READ_MODELS, ReadModel } from './read-side/read-model';
import { runtimeProviders } from './runtime.providers';
import { RIGHTS_CONTROLLERS, RIGHTS_READ_MODELS } from './rights-wiring';
import { LedgerMetrics } from './metrics/ledger-metrics';
import { MetricsController } from './metrics/metrics.controller';

export interface LedgerModuleOptions {
  config: LedgerConfig;
  keys: readonly ApiKey[];
  /** Tests pass a fixed clock; the server uses the system's. */
  clock?: Clock;
}

@Module({})
export class LedgerModule {
  static forRoot({ config, keys, clock }: LedgerModuleOptions): DynamicModule {
    return {
      module: LedgerModule,
      imports: [CqrsModule.forRoot()],
      controllers: [
        PermissionsController,
        BasesController,
        ObjectionsController,
        RestrictionsController,
        ErasureController,
        AuditController,
        HistoryController,
        ExportController,
        LogVerificationController,
        PurposesController,
        HealthController,
        MeController,
        ObjectionsQueueController,
        ChangesController,
        NoticesController,
        MetricsController,
        ...RIGHTS_CONTROLLERS,
      ],
      providers: [
        ...runtimeProviders(config, clock ?? new SystemClock()),
        { provide: KeyRing, useValue: new KeyRing(keys) },
        {
          provide: StreamTokens,
          inject: [KeyRing, MASTER_KEY, Clock],
          useFactory: (keyRing: KeyRing, masterKey: Buffer, now: Clock) =>
            new StreamTokens(keyRing, streamTokenSecret(masterKey), now),
        },
        {
          provide: Gatekeeper,
          inject: [KeyRing, StreamTokens],
          useFactory: (keyRing: KeyRing, tokens: StreamTokens) =>
            new Gatekeeper(keyRing, rateBudgets(config), tokens),
        },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        { provide: LedgerMetrics, useValue: new LedgerMetrics({ processSeries: true }) },
        { provide: APP_PIPE, useClass: LedgerValidationPipe },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        ReadSide,
        CatalogueInForce,
        CatalogueAdoption,
        ...COMMAND_HANDLERS,
        ...QUERY_HANDLERS,
        OpenObjections,
        ...RIGHTS_READ_MODELS,
        {
          provide: READ_MODELS,
          useFactory: (...models: ReadModel[]) => models,
          inject: [CatalogueInForce, OpenObjections, ...RIGHTS_READ_MODELS, PersonalDataCodec],
        },
        DecisionLog,
      ],
    };
  }
}
