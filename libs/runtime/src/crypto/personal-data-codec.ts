import { randomBytes } from 'node:crypto';
import { LedgerEventBody, LedgerEventType, PERSONAL_FIELDS, Refusal, refuse } from '@ledger/domain';
import { EventStore, StoredEvent } from '@ledger/event-store';
import { BoundedMap } from '../bounded-map';
import { open, seal } from './aes-gcm';

const PREFIX = 'enc:v1:';
/** Unwrapped data keys kept in memory: those of the subjects in use now, not of every subject. */
const UNWRAPPED_KEYS = 10_000;

interface UnwrappedKey {
  wrapped: Buffer;
  key: Buffer;
}

/**
 * Crypto-shredding. Personal free-text fields are stored sealed under the subject's own data key, which
 * the store keeps wrapped by the master key. An erasure destroys the data key, and with it every such
 * field, while the stored (sealed) form, and so the hash chain, stays as it was.
 */
export class PersonalDataCodec {
  /**
   * Saves unwrapping a key on every use. A read still asks the store for the wrapped key each time, so a key
   * destroyed by any process is gone for it at once. A seal takes the key from here: a seal with a key that
   * another process has just destroyed is harmless, as that erasure moved the stream on and the command's
   * append with its expected revision is refused; this process's own erasures, and those its read side
   * applies, drop the key at once.
   */
  private readonly unwrapped = new BoundedMap<string, UnwrappedKey>(UNWRAPPED_KEYS);
  /** Counts `forget` calls, so a key unwrapped while its subject was being forgotten is not kept. */
  private forgotten = 0;

  constructor(
    private readonly store: EventStore,
    private readonly masterKey: Buffer,
  ) {}

  /**
   * The stored form of an event's data: personal fields sealed, everything else as it is. Refused once the
   * subject's data key is destroyed: only an erasure destroys one.
   */
  async seal(subjectId: string, event: LedgerEventBody): Promise<Record<string, unknown> | Refusal> {
    const data: Record<string, unknown> = { ...event.data };
    const fields = PERSONAL_FIELDS[event.type].filter((field) => typeof data[field] === 'string');
    if (fields.length === 0) return data;
    const key = this.unwrapped.get(subjectId)?.key ?? (await this.dataKeyFor(subjectId, true));
    // An erasure recorded by another process since this command read the stream.
    if (!key) return refuse('SUBJECT_ERASED', 'the subject has been erased');
    for (const field of fields) {
      data[field] =
        PREFIX + seal(key, Buffer.from(data[field] as string), `${subjectId}/${field}`).toString('base64');
    }
    return data;
  }

  /**
   * Reads personal fields back; `null` where the subject's key is gone, whatever the field holds. `dataKey`
   * lets a caller reading a whole stream look the key up once.
   */
  open(
    subjectId: string,
    type: string,
    stored: Record<string, unknown>,
    dataKey: Buffer | null,
  ): Record<string, unknown> {
    const data = { ...stored };
    for (const field of PERSONAL_FIELDS[type as LedgerEventType] ?? []) {
      const value = data[field];
      if (typeof value !== 'string') continue;
      if (!dataKey) data[field] = null;
      else if (value.startsWith(PREFIX)) {
        data[field] = open(
          dataKey,
          Buffer.from(value.slice(PREFIX.length), 'base64'),
          `${subjectId}/${field}`,
        ).toString();
      }
    }
    return data;
  }

  /** Drops the subject's unwrapped key from memory once an erasure, by whichever process, destroyed it. */
  apply(event: StoredEvent): void {
    if (event.type === 'ErasureCompleted') this.forget(event.streamId);
  }

  forget(subjectId: string): void {
    this.forgotten++;
    this.unwrapped.delete(subjectId);
  }

  /** The subject's unwrapped data key, created on first need when `create` is set; `null` once destroyed. */
  async dataKeyFor(subjectId: string, create = false): Promise<Buffer | null> {
    const forgotten = this.forgotten;
    let wrapped = await this.store.getDataKey(subjectId);
    if (!wrapped && create) {
      wrapped = await this.store.putDataKeyIfAbsent(
        subjectId,
        seal(this.masterKey, randomBytes(32), subjectId),
      );
    }
    if (!wrapped) return null;
    const known = this.unwrapped.get(subjectId);
    if (known?.wrapped.equals(wrapped)) return known.key;
    const key = open(this.masterKey, wrapped, subjectId);
    if (forgotten === this.forgotten) this.unwrapped.set(subjectId, { wrapped, key });
    return key;
  }
}
