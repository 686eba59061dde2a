import { randomUUID } from 'node:crypto';
import {
  ApplyRestrictionBody,
  BasisEstablishedAnswer,
  ChangeMessage,
  CheckBatchAnswer,
  CommandAnswer,
  CompleteErasureBody,
  Decision,
  DecideObjectionBody,
  EstablishBasisBody,
  FileObjectionBody,
  LiftRestrictionBody,
  MAX_CHECKS,
  ObjectionFiledAnswer,
  PermissionCheck,
  PurposeCatalogue,
  RestrictionAppliedAnswer,
  SubjectEventsAnswer,
  SubjectPermissions,
  TimeTravel,
  VerificationAnswer,
  WithdrawBasisBody,
} from '@ledger/wire';
import { ChangesOptions, followChanges } from './change-stream';
import { path, query } from './paths';
import { DEFAULT_RETRY, RetryOptions } from './retry';
import { Transport } from './transport';
import { WrittenPosition } from './written-position';

export interface LedgerClientOptions {
  /** The API's root, e.g. `http://ledger.internal:3000`. */
  baseUrl: string;
  apiKey: string;
  /** Default: the global `fetch`. */
  fetch?: typeof fetch;
  retry?: Partial<RetryOptions>;
  /** How long one try may take before it counts as failed (and is retried). Default 30 s. */
  timeoutMs?: number;
}

export interface ReadOptions extends TimeTravel {
  signal?: AbortSignal;
}

export interface CheckOptions extends ReadOptions {
  /** The data categories that will be processed (a subset of the purpose's). */
  categories?: readonly string[];
}

export interface CommandOptions {
  /** Default: a new UUID per call, the same for every retry of it. */
  idempotencyKey?: string;
  /** Append only if the subject's stream is at this revision (`-1`: it has no events yet). */
  expectedRevision?: number;
  signal?: AbortSignal;
}

/**
 * A typed client of the ledger's HTTP API for the agency's own services. It remembers the highest position
 * it has written and reads at least that far (`minPosition`), so a service always sees its own writes,
 * whichever replica answers. Commands carry an `Idempotency-Key` made once per call, so retrying one after a
 * lost answer returns the first answer and appends nothing more.
 */
export class LedgerClient {
  private readonly transport: Transport;
  private readonly retry: RetryOptions;
  private readonly written = new WrittenPosition();

  constructor(options: LedgerClientOptions) {
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.transport = new Transport({
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      apiKey: options.apiKey,
      fetch: options.fetch ?? globalThis.fetch,
      retry: this.retry,
      timeoutMs: options.timeoutMs ?? 30_000,
    });
  }

  /** The highest position this client has written, if any. */
  get position(): string | undefined {
    return this.written.value;
  }

  /** May `purpose` be processed for `subjectId`? */
  check(subjectId: string, purpose: string, options: CheckOptions = {}): Promise<Decision> {
    const { categories, signal, ...time } = options;
    const search = query({ ...this.timeTravel(time), categories: categories?.join(',') });
    return this.transport.json({
      method: 'GET',
      path: path`/v1/subjects/${subjectId}/permissions/${purpose}` + search,
      signal,
    });
  }

  /** A decision for every purpose of the catalogue. */
  permissions(subjectId: string, options: CheckOptions = {}): Promise<SubjectPermissions> {
    const { categories, signal, ...time } = options;
    const search = query({ ...this.timeTravel(time), categories: categories?.join(',') });
    return this.transport.json({
      method: 'GET',
      path: path`/v1/subjects/${subjectId}/permissions` + search,
      signal,
    });
  }

  /**
   * Any number of checks, sent in batches of the most the API takes, answered in the order asked. Each batch
   * reads at least as far as the one before, so the run never sees the ledger go back in time.
   */
  async checkMany(checks: readonly PermissionCheck[], options: ReadOptions = {}): Promise<Decision[]> {
    const { signal, ...time } = options;
    const results: Decision[] = [];
    let minPosition = time.minPosition;
    for (let start = 0; start < checks.length; start += MAX_CHECKS) {
      const answer = await this.transport.json<CheckBatchAnswer>({
        method: 'POST',
        path: '/v1/permissions/check',
        body: {
          ...this.timeTravel({ ...time, minPosition }),
          checks: checks.slice(start, start + MAX_CHECKS),
        },
        signal,
      });
      results.push(...answer.results);
      minPosition = answer.position;
    }
    return results;
  }

  establishBasis(
    subjectId: string,
    body: EstablishBasisBody,
    options?: CommandOptions,
  ): Promise<BasisEstablishedAnswer> {
    return this.command(path`/v1/subjects/${subjectId}/bases`, body, options);
  }

  withdrawBasis(
    subjectId: string,
    basisId: string,
    body: WithdrawBasisBody,
    options?: CommandOptions,
  ): Promise<CommandAnswer> {
    return this.command(path`/v1/subjects/${subjectId}/bases/${basisId}/withdrawal`, body, options);
  }

  fileObjection(
    subjectId: string,
    body: FileObjectionBody,
    options?: CommandOptions,
  ): Promise<ObjectionFiledAnswer> {
    return this.command(path`/v1/subjects/${subjectId}/objections`, body, options);
  }

  decideObjection(
    subjectId: string,
    objectionId: string,
    body: DecideObjectionBody,
    options?: CommandOptions,
  ): Promise<CommandAnswer> {
    return this.command(path`/v1/subjects/${subjectId}/objections/${objectionId}/decision`, body, options);
  }

  applyRestriction(
    subjectId: string,
    body: ApplyRestrictionBody,
    options?: CommandOptions,
  ): Promise<RestrictionAppliedAnswer> {
    return this.command(path`/v1/subjects/${subjectId}/restrictions`, body, options);
  }

  liftRestriction(
    subjectId: string,
    restrictionId: string,
    body: LiftRestrictionBody,
    options?: CommandOptions,
  ): Promise<CommandAnswer> {
    return this.command(path`/v1/subjects/${subjectId}/restrictions/${restrictionId}/lifting`, body, options);
  }

  completeErasure(
    subjectId: string,
    body: CompleteErasureBody,
    options?: CommandOptions,
  ): Promise<CommandAnswer> {
    return this.command(path`/v1/subjects/${subjectId}/erasure`, body, options);
  }

  /** The subject's events, for auditors and the DPO (personal fields `null` once erased). */
  events(subjectId: string, options: { signal?: AbortSignal } = {}): Promise<SubjectEventsAnswer> {
    return this.transport.json({ method: 'GET', path: path`/v1/subjects/${subjectId}/events`, ...options });
  }

  /** The subject's hash chain, recomputed by the ledger from the stored events. */
  verification(subjectId: string, options: { signal?: AbortSignal } = {}): Promise<VerificationAnswer> {
    return this.transport.json({
      method: 'GET',
      path: path`/v1/subjects/${subjectId}/verification`,
      ...options,
    });
  }

  /** The purpose catalogue in force. */
  purposes(options: { signal?: AbortSignal } = {}): Promise<PurposeCatalogue> {
    return this.transport.json({ method: 'GET', path: '/v1/purposes', ...options });
  }

  /**
   * The decisions that change, one message per appended event, as they happen: `for await (const change of
   * client.changes({ from }))`. Resumes by itself after a lost connection; see `ChangesOptions`.
   */
  changes(options?: ChangesOptions): AsyncGenerator<ChangeMessage, void, undefined> {
    return followChanges(this.transport, this.retry, options);
  }

  private async command<T extends CommandAnswer>(
    route: string,
    body: object,
    options: CommandOptions = {},
  ): Promise<T> {
    const headers: Record<string, string> = { 'idempotency-key': options.idempotencyKey ?? randomUUID() };
    if (options.expectedRevision !== undefined) headers['if-match'] = `"${options.expectedRevision}"`;
    const answer = await this.transport.json<T>({
      method: 'POST',
      path: route,
      body,
      headers,
      signal: options.signal,
    });
    this.written.remember(answer.position);
    return answer;
  }

  /** The time-travel fields of a read, reading at least as far as this client has written. */
  private timeTravel({ at, asOf, minPosition }: TimeTravel): TimeTravel {
    return { at, asOf, minPosition: this.written.atLeast(minPosition) };
  }
}
