import { randomBytes } from 'node:crypto';
import { Actor, CatalogueIndex, defaultCatalogue, LedgerCommand } from '@ledger/domain';
import { InMemoryEventStore } from '@ledger/event-store';
import { Clock, PersonalDataCodec } from '@ledger/runtime';
import { ReadSide } from '../read-side/read-side.service';
import { RecordCommandOptions } from '../commands/record-command';

export const NOW = '2026-06-01T08:00:00.000Z';
export const OPERATOR: Actor = { name: 'back-office', role: 'operator' };

/** What the command path stands on, in memory: the store, the read side following it, the codec, clock, catalogue. */
export interface InMemoryLedger {
  store: InMemoryEventStore;
  readSide: ReadSide;
  codec: PersonalDataCodec;
  catalogue: CatalogueIndex;
  clock: Clock;
  close(): Promise<void>;
}

export async function inMemoryLedger(): Promise<InMemoryLedger> {
  const store = new InMemoryEventStore();
  await store.init();
  const codec = new PersonalDataCodec(store, randomBytes(32));
  const readSide = new ReadSide(store, [codec]);
  await readSide.onModuleInit();
  return {
    store,
    readSide,
    codec,
    catalogue: new CatalogueIndex(defaultCatalogue()),
    clock: { now: () => NOW },
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
