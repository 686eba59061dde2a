import { Inject, Logger, OnModuleDestroy } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@ledger/event-store';
import { LedgerConfig } from '@ledger/runtime';
import { CatalogueInForce } from '../catalogue/catalogue-in-force';
import { LEDGER_CONFIG } from '../config/ledger-config.token';
import { ReadSide } from '../read-side/read-side.service';
import { ChangeSource, ChangeStream, ChangeStreamOptions } from './change-stream';
import { OpenChangeStreamQuery, OpenedChangeStream } from './open-change-stream.query';
import { ChangeSink } from './server-sent-events';
import { StreamTurns } from './stream-turns';

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

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    private readonly readSide: ReadSide,
    private readonly catalogues: CatalogueInForce,
    @Inject(LEDGER_CONFIG) config: LedgerConfig,
  ) {
    this.source = {
      readAll: (after, limit) => store.readAll(after, limit),
      position: () => readSide.position,
      waitFor: (position, timeoutMs) => readSide.waitFor(position, timeoutMs),
      history: (subjectId) => readSide.subject(subjectId).events,
    };
    this.options = {
      heartbeatMs: config.changesHeartbeatMs ?? DEFAULT_HEARTBEAT_MS,
      pageSize: PAGE_SIZE,
      readSideTimeoutMs: READ_SIDE_TIMEOUT_MS,
      turns: new StreamTurns(SLICE_MS),
    };
  }

  /** Refused while the read side cannot serve: a stream opened then would start from a stale tail. */
  async execute({ options }: OpenChangeStreamQuery): Promise<OpenedChangeStream> {
    this.readSide.assertServing();
    const after = options.after ?? this.readSide.position;
    return { pipeTo: (sink) => this.run(after, sink) };
  }

  /** A failure ends the consumer's response; the consumer resumes from its last id. */
  private run(after: string, sink: ChangeSink): void {
    const purposesAt = (recordedAt: string) => this.catalogues.at(recordedAt).purposes;
    const stream = new ChangeStream(this.source, purposesAt, sink, this.options);
    this.streams.add(stream);
    stream
      .run(after)
      .catch((error: Error) => this.logger.warn(`a change stream ended: ${error.message}`))
      .finally(() => {
        this.streams.delete(stream);
        sink.end();
      });
  }

  /** Open streams never end by themselves: without this, closing the server would wait for them forever. */
  onModuleDestroy(): void {
    for (const stream of this.streams) stream.close();
  }
}
