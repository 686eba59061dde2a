import { mkdirSync, openSync, WriteStream, createWriteStream } from 'node:fs';
import { dirname } from 'node:path';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Actor, CatalogueIndex, ReasonCode, refuse } from '@ledger/domain';
import { Decision } from '@ledger/contracts';
import { LEDGER_CONFIG, LedgerConfig } from '../config/ledger-config';
import { RefusalException } from '../problems/refusal.exception';

/**
 * One line of the decision log: which key was told what about whom, when, on which catalogue. Codes, ids and
 * times only, never a reason's message or any other text, so the log holds no personal free text.
 */
export interface DecisionLogLine {
  decisionId: string;
  /** When the answer was given. */
  time: string;
  /** The name of the API key that asked. */
  key: string;
  subjectId: string;
  purpose: string;
  permitted: boolean;
  reasons: ReasonCode[];
  position: string;
  catalogueVersion: string;
  at: string;
  asOf?: string;
}

/** Past this much text waiting for the disk, answers are refused rather than kept in memory without bound. */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;

/**
 * With `LEDGER_DECISION_LOG` set, every permission answer is appended to that file as one JSON line, so the
 * agency can prove what it was told and when. One write per request, through a buffered stream that writes
 * in the background (queued writes go out together); closed, and so flushed, at shutdown. A log that cannot be
 * written fails closed: checks are refused (`503`) rather than answered unrecorded.
 */
@Injectable()
export class DecisionLog implements OnApplicationShutdown {
  private readonly logger = new Logger(DecisionLog.name);
  private readonly stream: WriteStream | null;
  private failed = false;

  constructor(
    @Inject(LEDGER_CONFIG) config: LedgerConfig,
    private readonly catalogue: CatalogueIndex,
  ) {
    this.stream = config.decisionLog ? this.open(config.decisionLog) : null;
  }

  /** Refuses to answer when the answer could not be recorded. */
  assertWritable(): void {
    if (!this.stream) return;
    if (this.failed) throw unavailable('the decision log cannot be written');
    if (this.stream.writableLength > MAX_BUFFERED_BYTES)
      throw unavailable('the decision log is not keeping up; try again shortly');
  }

  record(actor: Actor, time: string, decisions: readonly Decision[], asOf: string | undefined): void {
    if (!this.stream) return;
    const catalogueVersion = this.catalogue.catalogue.version;
    let lines = '';
    for (const decision of decisions) {
      const line: DecisionLogLine = {
        decisionId: decision.decisionId,
        time,
        key: actor.name,
        subjectId: decision.subjectId,
        purpose: decision.purpose,
        permitted: decision.permitted,
        reasons: decision.reasons.map((reason) => reason.code),
        position: decision.position,
        catalogueVersion,
        at: decision.at,
      };
      if (asOf !== undefined) line.asOf = asOf;
      lines += JSON.stringify(line) + '\n';
    }
    this.stream.write(lines);
  }

  async onApplicationShutdown(): Promise<void> {
    const stream = this.stream;
    if (!stream || stream.destroyed) return;
    await new Promise<void>((resolve) => stream.end(resolve));
  }

  /** Opened at start, so a path that cannot be written stops start-up instead of the first check. */
  private open(file: string): WriteStream {
    mkdirSync(dirname(file), { recursive: true });
    const stream = createWriteStream(file, { fd: openSync(file, 'a', 0o600) });
    stream.on('error', (error) => {
      this.failed = true;
      this.logger.error(`the decision log cannot be written: ${error.message}`);
    });
    return stream;
  }
}

const unavailable = (detail: string) => new RefusalException(refuse('STORE_UNAVAILABLE', detail));
