import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Actor, ReasonCode, refuse } from '@ledger/domain';
import { Decision } from '@ledger/wire';
import { LedgerConfig } from '@ledger/runtime';
import { LEDGER_CONFIG } from '../config/ledger-config.token';
import { RefusalException } from '../problems/refusal.exception';
import { RotatingFile } from './rotating-file';

/** By default the log takes at most (DEFAULT_FILES + 1) × DEFAULT_MAX_BYTES of disk. */
const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;
const DEFAULT_FILES = 10;

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

/**
 * With `LEDGER_DECISION_LOG` set, every permission answer is appended to that file as one JSON line, so the
 * agency can prove what it was told and when. An answer goes out only once its lines are written to the file
 * (handed to the operating system, so they survive the process being killed): one write per request, through
 * a stream that writes requests arriving meanwhile together; closed, and so flushed, at shutdown. A log that
 * cannot be written fails closed: the check is refused (`503`) rather than answered unrecorded. The file moves
 * aside by size (`LEDGER_DECISION_LOG_MAX_BYTES`), keeping `LEDGER_DECISION_LOG_FILES` files: the log is
 * bounded, and what must be kept longer is shipped elsewhere before it moves out.
 */
@Injectable()
export class DecisionLog implements OnApplicationShutdown {
  private readonly logger = new Logger(DecisionLog.name);
  private readonly file: RotatingFile | null;

  /** Opened at start, so a path that cannot be written stops start-up instead of the first check. */
  constructor(@Inject(LEDGER_CONFIG) config: LedgerConfig) {
    this.file = config.decisionLog
      ? new RotatingFile(config.decisionLog, {
          maxBytes: config.decisionLogMaxBytes ?? DEFAULT_MAX_BYTES,
          keep: config.decisionLogFiles ?? DEFAULT_FILES,
          // Each write's own callback refuses its request; this keeps other failures from crashing the process.
          onError: (error) => this.logger.error(`the decision log cannot be written: ${error.message}`),
        })
      : null;
  }

  /** Whether answers are written to a log, and so wait for it. */
  get writing(): boolean {
    return this.file !== null;
  }

  /** Resolves once the decisions are written to the log; refuses when they cannot be. */
  async record(
    actor: Actor,
    time: string,
    decisions: readonly Decision[],
    { asOf, catalogueVersion }: { asOf?: string; catalogueVersion: string },
  ): Promise<void> {
    const file = this.file;
    if (!file) return;
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
    await new Promise<void>((resolve, reject) =>
      file.write(lines, (error) =>
        error
          ? reject(new RefusalException(refuse('STORE_UNAVAILABLE', 'the decision log cannot be written')))
          : resolve(),
      ),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.file?.end();
  }
}
