import { Inject, Logger, OnModuleDestroy } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@ledger/event-store';
import { LedgerConfig } from '@ledger/runtime';
import { CatalogueInForce } from '../catalogue/catalogue-in-force';
import { LEDGER_CONFIG } from '../config/ledger-config.token';
import { ReadSide } from '../read-side/read-side.service';
import { ChangeSource, ChangeStream, ChangeStreamOptions } from './change-stream';
import { PositionBeyondHead } from './change-stream-refusals';
import { OpenChangeStreamQuery, OpenedChangeStream } from './open-change-stream.query';
import { ChangeSink } from './server-sent-events';
import { StreamTurns } from './stream-turns';
import { DEFAULT_MAX_STREAMS_PER_KEY, StreamsPerKey } from './streams-per-key';

const DEFAULT_HEARTBEAT_MS = 15_000;
const PAGE_SIZE = 200;
const READ_SIDE_TIMEOUT_MS = 5_000;
// Per turn of the event loop, a check waits for at most this much stream work.
const SLICE_MS = 5;

/** Opens change streams, and ends every one still open when the application shuts down. */
@QueryHandler(OpenChangeStreamQuery)
export class OpenChangeStreamHandler
  implements IQueryHandler<OpenChangeStreamQuery, OpenedChangeStream>, OnModuleDestroy
{
  private readonly logger = new Logger(OpenChangeStreamHandler.name);
  private readonly streams = new Set<ChangeStream>();
  private readonly source: ChangeSource;
  private readonly options: ChangeStreamOptions;
  private readonly streamsPerKey: StreamsPerKey;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly readSide: ReadSide,
    private readonly catalogues: CatalogueInForce,
    @Inject(LEDGER_CONFIG) config: LedgerConfig,
  ) {
    this.source = {
      readAll: (after, limit) => store.readAll(after, limit),
      position: () => readSide.position,
      waitFor: (position, timeoutMs) => readSide.waitFor(position, timeoutMs),
      histories: (subjectIds) => readSide.historiesOf(subjectIds),
    };
    this.options = {
      heartbeatMs: config.changesHeartbeatMs ?? DEFAULT_HEARTBEAT_MS,
      pageSize: PAGE_SIZE,
      readSideTimeoutMs: READ_SIDE_TIMEOUT_MS,
      turns: new StreamTurns(SLICE_MS),
    };
    this.streamsPerKey = new StreamsPerKey(config.maxStreamsPerKey ?? DEFAULT_MAX_STREAMS_PER_KEY);
  }

  /**
   * Refused while the read side cannot serve (a stream opened then would start from a stale tail), after a
   * position the log has not reached, and beyond the key's cap of open streams.
   */
  async execute({ options }: OpenChangeStreamQuery): Promise<OpenedChangeStream> {
    this.readSide.assertServing();
    const after = options.after ?? this.readSide.position;
    await this.assertReached(after);
    // Taken last, with no wait after it, so that every place taken is given back when its stream ends.
    const release = this.streamsPerKey.reserve(options.keyName);
    return { pipeTo: (sink) => this.run(after, sink, release) };
  }

  /**
   * Only a position past what the read side has applied costs a look at the store: another replica may have
   * appended it, and then the stream waits for the read side to get there.
   */
  private async assertReached(position: string): Promise<void> {
    if (BigInt(position) <= BigInt(this.readSide.position)) return;
    const head = (await this.store.headPosition()) ?? '0';
    if (BigInt(position) > BigInt(head)) throw new PositionBeyondHead(head);
  }

  /** A failure ends the consumer's response; the consumer resumes from its last id. */
  private run(after: string, sink: ChangeSink, release: () => void): void {
    const purposesAt = (recordedAt: string) => this.catalogues.at(recordedAt).purposes;
    const stream = new ChangeStream(this.source, purposesAt, sink, this.options);
    this.streams.add(stream);
    stream
      .run(after)
      .catch((error: Error) => this.logger.warn(`a change stream ended: ${error.message}`))
      .finally(() => {
        this.streams.delete(stream);
        release();
        sink.end();
      });
  }

  /** Open streams never end by themselves: without this, closing the server would wait for them forever. */
  onModuleDestroy(): void {
    for (const stream of this.streams) stream.close();
  }
}
