import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { CatalogueIndex } from '@ledger/domain';
import { AuditController } from './audit/audit.controller';
import { SubjectEvents } from './audit/subject-events';
import { ApiKeyGuard } from './auth/api-key.guard';
import { KeyRing } from './auth/key-ring';
import { BasesController } from './bases/bases.controller';
import { ChangeFeed } from './changes/change-feed.service';
import { ChangesController } from './changes/changes.controller';
import { loadCatalogue } from './catalogue/load-catalogue';
import { Clock, SystemClock } from './clock';
import { RecordCommandHandler } from './commands/record-command.handler';
import { LEDGER_CONFIG, LedgerConfig } from './config/ledger-config';
import { DecisionLog } from './decision-log/decision-log';
import { loadMasterKey } from './crypto/master-key';
import { MASTER_KEY, PersonalDataCodec } from './crypto/personal-data-codec';
import { ErasureController } from './erasure/erasure.controller';
import { HealthController } from './health/health.controller';
import { ObjectionsController } from './objections/objections.controller';
import { CheckPermissionsHandler } from './permissions/check-permissions.handler';
import { PermissionsController } from './permissions/permissions.controller';
import { ProblemDetailsFilter } from './problems/problem-details.filter';
import { LedgerValidationPipe } from './problems/validation.pipe';
import { PurposesController } from './purposes/purposes.controller';
import { ReadSide } from './read-side/read-side.service';
import { RestrictionsController } from './restrictions/restrictions.controller';
import { EventStoreCloser, eventStoreProvider } from './store/event-store.provider';
import { ApiKey } from './auth/api-keys';

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
        PurposesController,
        HealthController,
        ChangesController,
      ],
      providers: [
        { provide: LEDGER_CONFIG, useValue: config },
        { provide: Clock, useValue: clock ?? new SystemClock() },
        { provide: KeyRing, useValue: new KeyRing(keys) },
        { provide: CatalogueIndex, useValue: new CatalogueIndex(loadCatalogue(config.purposesFile)) },
        { provide: MASTER_KEY, useFactory: () => loadMasterKey(config.masterKey, config.dataDir) },
        eventStoreProvider,
        EventStoreCloser,
        { provide: APP_GUARD, useClass: ApiKeyGuard },
        { provide: APP_PIPE, useClass: LedgerValidationPipe },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        ReadSide,
        PersonalDataCodec,
        SubjectEvents,
        RecordCommandHandler,
        CheckPermissionsHandler,
        DecisionLog,
        ChangeFeed,
      ],
    };
  }
}
