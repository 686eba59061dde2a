import { randomBytes } from 'node:crypto';
import { Actor, CatalogueIndex, defaultCatalogue, LedgerCommand } from '@ledger/domain';
import { InMemoryEventStore } from '@ledger/event-store';
import { adoptCatalogue, Clock, PersonalDataCodec } from '@ledger/runtime';
import { CatalogueInForce } from '../catalogue/catalogue-in-force';
import { ReadSide } from '../read-side/read-side.service';
import { RecordCommand, RecordCommandOptions } from '../commands/record-command';
import { RecordCommandHandler } from '../commands/record-command.handler';
import { ReadModel } from '../read-side/read-model';
import { LedgerMetrics } from '../metrics/ledger-metrics';

export const NOW = '2026-06-01T08:00:00.000Z';
export const OPERATOR: Actor = { name: 'back-office', role: 'operator' };
const SERVER: Actor = { name: 'ledger-server@test', role: 'system' };

/**
 * What the command path stands on, in memory: the store, the read side following it, the codec, clock, and the
 * default catalogue adopted in the log as a server adopts it at start.
 */
export interface InMemoryLedger {
  store: InMemoryEventStore;
  readSide: ReadSide;
  codec: PersonalDataCodec;
  catalogues: CatalogueInForce;
  /** The catalogue in force. */
  catalogue: CatalogueIndex;
  clock: Clock;
  close(): Promise<void>;
}

/**
 * The ledger in memory; `readModels` are fed by its read side besides the catalogue and the codec. The clock
 * reads `NOW` unless a test passes one of its own.
 */
export async function inMemoryLedger(
  options: { readModels?: ReadModel[]; clock?: Clock } = {},
): Promise<InMemoryLedger> {
  const store = new InMemoryEventStore();
  await store.init();
  const codec = new PersonalDataCodec(store, randomBytes(32));
  const clock = options.clock ?? { now: () => NOW };
  const catalogues = new CatalogueInForce(clock);
  const readSide = new ReadSide(store, [catalogues, ...(options.readModels ?? []), codec]);
  await readSide.onModuleInit();
  const { position } = await adoptCatalogue(store, defaultCatalogue(), SERVER, clock);
  await readSide.waitFor(position, 1000);
  return {
    store,
    readSide,
    codec,
    catalogues,
    catalogue: catalogues.current(),
    clock,
    close: async () => {
      await readSide.onModuleDestroy();
      await store.close();
    },
  };
}

/** A basis for debt collection, with evidence (personal free text, sealed when stored). */
export const establishBasis = (basisId = 'basis-1'): LedgerCommand => ({
  type: 'EstablishBasis',
  basisId,
  purpose: 'collection',
  legalBasis: 'contract',
  evidence: 'claim 2026-0042 of Jan Jansen',
});

export const withdrawBasis = (basisId = 'basis-1'): LedgerCommand => ({
  type: 'WithdrawBasis',
  basisId,
  reason: 'contract-ended',
});

export const completeErasure: LedgerCommand = { type: 'CompleteErasure', retain: [] };

/** The command as a request on `subjectId` by the operator. */
export const asked = (
  subjectId: string,
  command: LedgerCommand,
  more: Partial<RecordCommandOptions> = {},
): RecordCommandOptions => ({ subjectId, command, actor: OPERATOR, ...more });

/** Records commands through the command path, as `actor` (the operator unless named). */
export function commandsOn(ledger: InMemoryLedger) {
  const { store, catalogues, codec, readSide, clock } = ledger;
  const handler = new RecordCommandHandler(store, catalogues, codec, readSide, clock, new LedgerMetrics());
  return (subjectId: string, command: LedgerCommand) =>
    handler.execute(new RecordCommand(asked(subjectId, command)));
}
