import { hostname } from 'node:os';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@ledger/event-store';
import { adoptCatalogue, Clock, LedgerConfig, loadCatalogue } from '@ledger/runtime';
import { LEDGER_CONFIG } from '../config/ledger-config.token';

/**
 * At start, the server's catalogue (file or default) is adopted in the log unless the log adopted it
 * before (contract section 2). The server that adopts is the actor, in role `system`.
 */
@Injectable()
export class CatalogueAdoption implements OnApplicationBootstrap {
  private readonly logger = new Logger('Catalogue');

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const candidate = loadCatalogue(this.config.purposesFile);
    const actor = { name: `ledger-server@${hostname()}`, role: 'system' };
    const { adoption, inForce } = await adoptCatalogue(this.store, candidate, actor, this.clock);
    if (adoption === 'adopt') this.logger.log(`adopted catalogue ${inForce}`);
    else if (adoption === 'in-force') this.logger.log(`catalogue ${inForce} is in force`);
    else {
      this.logger.warn(
        `the catalogue file's version ${candidate.version} was adopted before and replaced since; ` +
          `deciding with the catalogue in force, ${inForce}`,
      );
    }
  }
}
