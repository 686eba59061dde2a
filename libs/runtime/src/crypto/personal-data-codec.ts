import { randomBytes } from 'node:crypto';
import { LedgerEventBody, LedgerEventType, PERSONAL_FIELDS, SealingScope } from '@ledger/domain';
import { EventStore, StoredEvent } from '@ledger/event-store';
import { BoundedMap } from '../bounded-map';
import { open, seal } from './aes-gcm';
import { dataKeyId } from './data-key-ids';
import { formatSealedValue, parseSealedValue } from './sealed-value';

/** Subjects whose unwrapped data keys are kept in memory: those in use now, not every subject. */
const UNWRAPPED_SUBJECTS = 10_000;
/** A personal field that was never sealed belongs to the subject's first key, as it always did. */
const UNSEALED: SealingScope = { period: 0 };

interface UnwrappedKey {
  wrapped: Buffer;
  key: Buffer;
}

/**
 * The id of a data key that seals nothing: the first server of a ledger stores one, wrapped by its master key,
 * and every later start unwraps it. No subject's key can take this id (`dataKeyId` names a subject's scopes
 * `period:` or `purpose:`), and no erasure destroys it.
 */
export const MASTER_KEY_CHECK = 'ledger/master-key-check';

/** The master key a process was given is not the one that wrapped the ledger's data keys. */
export class WrongMasterKey extends Error {
  override readonly name = 'WrongMasterKey';
}

/** The events of one subject, in the shape the codec reads: their type and their data as stored. */
type StoredData = Pick<StoredEvent, 'type' | 'data'>;

/**
 * Crypto-shredding. Personal free-text fields are stored sealed under a data key of their subject and
 * sealing scope (`sealingScope` in the domain; key ids in `data-key-ids.ts`), which the store keeps wrapped
 * by the master key. An erasure destroys the keys of the scopes it ends, and with them every field sealed
 * under them, while the stored (sealed) form, and so the hash chain, stays as it was.
 */
export class PersonalDataCodec {
  /**
   * By subject, then key id. Saves unwrapping a key on every use. A read still asks the store for the wrapped
   * key each time, so a key destroyed by any process is gone for it at once. A seal takes the key from here:
   * a seal with a key that another process has just destroyed is harmless, as that erasure moved the stream
   * on and the command's append with its expected revision is refused; this process's own erasures, and
   * those its read side applies, drop the keys at once.
   */
  private readonly unwrapped = new BoundedMap<string, Map<string, UnwrappedKey>>(UNWRAPPED_SUBJECTS);
  /** Counts `forget` calls, so a key unwrapped while its subject was being forgotten is not kept. */
  private forgotten = 0;

  constructor(
    private readonly store: EventStore,
    private readonly masterKey: Buffer,
  ) {}

  /**
   * Refuses to go on with a master key that is not the ledger's: a replica given another one would fail to read
   * every personal field the others sealed, and seal the subjects it is first to write for under a key the
   * others cannot unwrap. A ledger whose data keys were all written before this check existed takes the master
   * key of the first server that starts on it since.
   */
  async checkMasterKey(): Promise<void> {
    this.opensCheckKey(
      await this.store.putDataKeyIfAbsent(
        MASTER_KEY_CHECK,
        seal(this.masterKey, randomBytes(32), MASTER_KEY_CHECK),
      ),
    );
  }

  /**
   * The same check for a tool that reads the ledger and must not write to it (the CLI): a ledger no server
   * has started on since the check existed has no check key, and passes.
   */
  async checkMasterKeyWithoutWriting(): Promise<void> {
    this.opensCheckKey(await this.store.getDataKey(MASTER_KEY_CHECK));
  }

  private opensCheckKey(wrapped: Buffer | null): void {
    try {
      if (wrapped) open(this.masterKey, wrapped, MASTER_KEY_CHECK);
    } catch {
      throw new WrongMasterKey(
        "the master key does not open this ledger's data keys: give every server of one ledger the same " +
          'LEDGER_MASTER_KEY (or, without it, the master.key file of the data directory that first wrote to it)',
      );
    }
  }

  /**
   * The stored form of an event's data: personal fields sealed under the key of `scope`, everything else as
   * it is; `null` once that key is destroyed (only an erasure destroys one).
   */
  async seal(
    subjectId: string,
    event: LedgerEventBody,
    scope: SealingScope,
  ): Promise<Record<string, unknown> | null> {
    const data: Record<string, unknown> = { ...event.data };
    const fields = PERSONAL_FIELDS[event.type].filter((field) => typeof data[field] === 'string');
    if (fields.length === 0) return data;
    const keyId = dataKeyId(subjectId, scope);
    const key =
      this.unwrapped.get(subjectId)?.get(keyId)?.key ?? (await this.dataKey(subjectId, keyId, true));
    if (!key) return null;
    for (const field of fields) {
      const plaintext = Buffer.from(data[field] as string);
      data[field] = formatSealedValue({ scope, sealed: seal(key, plaintext, `${keyId}/${field}`) });
    }
    return data;
  }

  /**
   * The data of a subject's events with their personal fields read back, each under its own scope's key,
   * looked up once per key id; `null` where that key is gone, whatever the field holds.
   */
  async openAll(subjectId: string, events: readonly StoredData[]): Promise<Record<string, unknown>[]> {
    const keys = new Map<string, Promise<Buffer | null>>();
    const keyOf = (keyId: string) => {
      const known = keys.get(keyId);
      if (known) return known;
      const key = this.dataKey(subjectId, keyId);
      keys.set(keyId, key);
      return key;
    };
    return Promise.all(
      events.map(async ({ type, data: stored }) => {
        const data = { ...stored };
        for (const field of PERSONAL_FIELDS[type as LedgerEventType] ?? []) {
          const value = data[field];
          if (typeof value !== 'string') continue;
          const sealed = parseSealedValue(value);
          const keyId = dataKeyId(subjectId, sealed?.scope ?? UNSEALED);
          const key = await keyOf(keyId);
          if (!key) data[field] = null;
          else if (sealed) data[field] = open(key, sealed.sealed, `${keyId}/${field}`).toString();
        }
        return data;
      }),
    );
  }

  /**
   * Drops all the subject's unwrapped keys from memory once an erasure, by whichever process, destroyed some
   * of them: telling which would take the state the erasure was decided on, and a kept key is read again.
   */
  apply(event: StoredEvent): void {
    if (event.type === 'ErasureCompleted') this.forget(event.streamId);
  }

  /** Its name in the read side's checkpoint, where it keeps nothing: a started process holds no key yet. */
  readonly checkpointName = 'unwrapped-keys';

  save(): unknown {
    return null;
  }

  restore(): void {
    // Keys are read from the store when first needed; none is carried over a restart.
  }

  /** Drops the listed keys of the subject from memory, or all of them. */
  forget(subjectId: string, keyIds?: readonly string[]): void {
    this.forgotten++;
    if (!keyIds) this.unwrapped.delete(subjectId);
    else for (const keyId of keyIds) this.unwrapped.get(subjectId)?.delete(keyId);
  }

  /** The unwrapped data key under `keyId`, created on first need when `create` is set; `null` once destroyed. */
  private async dataKey(subjectId: string, keyId: string, create = false): Promise<Buffer | null> {
    const forgotten = this.forgotten;
    let wrapped = await this.store.getDataKey(keyId);
    if (!wrapped && create) {
      wrapped = await this.store.putDataKeyIfAbsent(keyId, seal(this.masterKey, randomBytes(32), keyId));
    }
    if (!wrapped) return null;
    const keys = this.unwrapped.get(subjectId) ?? new Map<string, UnwrappedKey>();
    const known = keys.get(keyId);
    if (known?.wrapped.equals(wrapped)) return known.key;
    const key = open(this.masterKey, wrapped, keyId);
    if (forgotten === this.forgotten) {
      keys.set(keyId, { wrapped, key });
      this.unwrapped.set(subjectId, keys);
    }
    return key;
  }
}
