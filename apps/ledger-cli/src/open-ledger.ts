import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  CatalogueError,
  CatalogueIndex,
  normalizeTimestamp,
  PurposeCatalogue,
  PurposeDefinition,
  TIMESTAMP_FORM,
  unknownAsOf,
} from '@ledger/domain';
import { DEFAULT_POSTGRES_SCHEMA, EventStore, NoLedgerFound, SQLITE_FILE } from '@ledger/event-store';
import {
  LedgerConfig,
  loadCatalogue,
  loadMasterKey,
  MASTER_KEY_FILE,
  openEventStore,
  PersonalDataCodec,
  readCatalogueLog,
  readLedgerConfig,
  SUBJECT_ID,
  SubjectEvents,
  SystemClock,
  WrongMasterKey,
} from '@ledger/runtime';
import { UsageError } from './cli-io';

/**
 * The ledger as the server configures it (the same environment variables, the same readers), for one CLI
 * command. It opens an existing ledger only: a mistyped data directory or schema must not verify as an empty
 * store (nor create one).
 */
export class OpenLedger {
  private constructor(
    readonly config: LedgerConfig,
    readonly store: EventStore,
    private readonly fileCatalogue: PurposeCatalogue,
  ) {}

  static async open(env: NodeJS.ProcessEnv): Promise<OpenLedger> {
    const config = readLedgerConfig(env);
    // Read up front, as a starting server reads it: a setting the server would refuse is not passed over.
    const fileCatalogue = catalogueFile(config.purposesFile);
    if (config.store === 'sqlite' && !existsSync(join(config.dataDir, SQLITE_FILE))) {
      throw new UsageError(
        `no ledger in ${config.dataDir} (set LEDGER_DATA_DIR to the server's data directory)`,
      );
    }
    try {
      return new OpenLedger(config, await openEventStore(config, { existingOnly: true }), fileCatalogue);
    } catch (error) {
      if (!(error instanceof NoLedgerFound)) throw error;
      throw new UsageError(
        `${error.message} (set LEDGER_POSTGRES_SCHEMA to the server's schema; it is ${DEFAULT_POSTGRES_SCHEMA} when unset)`,
      );
    }
  }

  /**
   * The catalogue the server decided with at `asOf` (now without it), from the catalogues adopted in the log
   * (contract section 2). A ledger no server has adopted a catalogue in yet decides with the file's, as a
   * server would adopt it.
   */
  async catalogueAt(asOf: string | undefined): Promise<CatalogueIndex> {
    const log = await readCatalogueLog(this.store);
    return log.inForceAt(asOf) ?? new CatalogueIndex(this.fileCatalogue);
  }

  /**
   * The subject's events with personal fields readable: needs the master key the server uses, checked as the
   * server checks it at start, without writing.
   */
  async subjectEvents(): Promise<SubjectEvents> {
    const { masterKey, dataDir } = this.config;
    if (!masterKey && !existsSync(join(dataDir, MASTER_KEY_FILE))) {
      throw new UsageError(
        `no master key: set LEDGER_MASTER_KEY, or LEDGER_DATA_DIR to where ${MASTER_KEY_FILE} is`,
      );
    }
    const codec = new PersonalDataCodec(this.store, loadMasterKey(masterKey, dataDir));
    try {
      await codec.checkMasterKeyWithoutWriting();
    } catch (error) {
      throw error instanceof WrongMasterKey ? new UsageError(error.message) : error;
    }
    return new SubjectEvents(this.store, codec);
  }

  close(): Promise<void> {
    return this.store.close();
  }
}

/** The catalogue of `LEDGER_PURPOSES_FILE` (the default one when unset); a file that does not read names it. */
function catalogueFile(file: string | undefined): PurposeCatalogue {
  try {
    return loadCatalogue(file);
  } catch (error) {
    if (!(error instanceof CatalogueError)) throw error;
    throw new UsageError(`LEDGER_PURPOSES_FILE ${error.message}`);
  }
}

export function subjectIdArgument(value: string): string {
  if (!SUBJECT_ID.test(value))
    throw new UsageError(`"${value}" is not a subject id: 1..128 characters of [A-Za-z0-9._:-]`);
  return value;
}

/** An ISO 8601 date-time with a zone, in the ledger's canonical form. */
export function timestampArgument(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const canonical = normalizeTimestamp(value);
  if (!canonical) throw new UsageError(`${name} must be ${TIMESTAMP_FORM}`);
  return canonical;
}

/**
 * `--as-of`, and the moment a command asks about (`--at`, `--to`: `name`), which is `--as-of` when left out,
 * else now. `--as-of` is taken as the API takes `asOf`: a moment the ledger has not reached yet is refused, as
 * its answer could still change, while a replay must not.
 */
export function momentArguments(
  name: string,
  moment: string | undefined,
  asOfValue: string | undefined,
): { moment: string; asOf?: string } {
  const now = new SystemClock().now();
  const asOf = timestampArgument('--as-of', asOfValue);
  const unknown = unknownAsOf(asOf, now);
  if (unknown) throw new UsageError(`--as-of ${unknown.fields?.[0]?.message ?? unknown.detail}`);
  return { moment: timestampArgument(name, moment) ?? asOf ?? now, asOf };
}

/** A purpose of `catalogue` (the one in force at the moment asked about), named on the command line. */
export function purposeArgument(catalogue: CatalogueIndex, id: string): PurposeDefinition {
  const purpose = catalogue.purpose(id);
  if (!purpose) throw new UsageError(`unknown purpose "${id}"`);
  return purpose;
}
