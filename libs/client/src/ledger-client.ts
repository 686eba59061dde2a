import {
  ApplyRestrictionBody,
  BasisEstablishedAnswer,
  ChangeMessage,
  ChangesToken,
  CatalogueVersionsAnswer,
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
  SubjectPermissions,
  WithdrawBasisBody,
  WithdrawObjectionBody,
} from '@ledger/wire';
import { ChangesOptions, followChanges } from './change-stream';
import { CommandOptions, ReadOptions } from './ledger-calls';

import { path, query } from './paths';
import { AuditReads } from './audit-reads';

export type { CommandOptions, LedgerClientOptions, ReadOptions, ReadSideOptions } from './ledger-calls';

export interface CheckOptions extends ReadOptions {
  /** The data categories that will be processed (a subset of the purpose's). */
  categories?: readonly string[];
}

/**
 * A typed client of the ledger's HTTP API for the agency's own services. It remembers the highest position
 * it has written and reads at least that far (`minPosition`), so a service always sees its own writes,
 * whichever replica answers. Commands carry an `Idempotency-Key` made once per call, so retrying one after a
 * lost answer returns the first answer and appends nothing more.
 */
export class LedgerClient extends AuditReads {
  /** May `purpose` be processed for `subjectId`? */
  check(subjectId: string, purpose: string, options: CheckOptions = {}): Promise<Decision> {
    const { categories, explain, signal, ...time } = options;
    const search = query({ ...this.timeTravel(time), categories: categories?.join(','), explain });
    return this.transport.json({
      method: 'GET',
      path: path`/v1/subjects/${subjectId}/permissions/${purpose}` + search,
      signal,
    });
  }

  /** A decision for every purpose of the catalogue. */
  permissions(subjectId: string, options: CheckOptions = {}): Promise<SubjectPermissions> {
    const { categories, explain, signal, ...time } = options;
    const search = query({ ...this.timeTravel(time), categories: categories?.join(','), explain });
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
    const { explain, signal, ...time } = options;
    const results: Decision[] = [];
    let minPosition = time.minPosition;
    for (let start = 0; start < checks.length; start += MAX_CHECKS) {
      const answer = await this.transport.json<CheckBatchAnswer>({
        method: 'POST',
        path: '/v1/permissions/check',
        body: {
          ...this.timeTravel({ ...time, minPosition }),
          checks: checks.slice(start, start + MAX_CHECKS),
          explain,
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

  /** The person takes the objection back (`evidence`: what shows they did); it blocks nothing from then on. */
  withdrawObjection(
    subjectId: string,
    objectionId: string,
    body: WithdrawObjectionBody,
    options?: CommandOptions,
  ): Promise<CommandAnswer> {
    return this.command(path`/v1/subjects/${subjectId}/objections/${objectionId}/withdrawal`, body, options);
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

  /** The purpose catalogue in force, or the one in force at `asOf`. */
  purposes({ asOf, signal }: { asOf?: string; signal?: AbortSignal } = {}): Promise<PurposeCatalogue> {
    return this.transport.json({ method: 'GET', path: `/v1/purposes${query({ asOf })}`, signal });
  }

  /** Every catalogue the ledger's log has adopted, oldest first. */
  catalogueVersions(options: { signal?: AbortSignal } = {}): Promise<CatalogueVersionsAnswer> {
    return this.transport.json({ method: 'GET', path: '/v1/catalogue/versions', ...options });
  }

  /**
   * The decisions that change, one message per appended event, as they happen: `for await (const change of
   * client.changes({ from }))`. Resumes by itself after a lost connection; see `ChangesOptions`.
   */
  changes(options?: ChangesOptions): AsyncGenerator<ChangeMessage, void, undefined> {
    return followChanges(this.transport, this.retry, options);
  }

  /**
   * A token that opens the change stream for a minute without this key: for a browser's `EventSource`,
   * which cannot send a header, `new EventSource(\`/v1/changes?token=${token}\`)`. A stream opened with it
   * stays open; after `expiresAt`, reconnecting takes a new one.
   */
  changesToken(options: { signal?: AbortSignal } = {}): Promise<ChangesToken> {
    return this.transport.json({ method: 'POST', path: '/v1/changes/tokens', ...options });
  }
}
