import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { CatalogueIndex } from '@ledger/domain';
import { EVENT_STORE, EventStore } from '@ledger/event-store';
import { FastifyReply } from 'fastify';
import { LedgerConfig } from '@ledger/runtime';
import { LEDGER_CONFIG } from '../config/ledger-config.token';
import { ReadSide } from '../read-side/read-side.service';
import { ChangeSource, ChangeStream, ChangeStreamOptions } from './change-stream';
import { responseSink, SSE_HEADERS } from './server-sent-events';

const DEFAULT_HEARTBEAT_MS = 15_000;
const PAGE_SIZE = 200;
const READ_SIDE_TIMEOUT_MS = 5_000;

/** The open change streams: started on the raw response, all ended when the application shuts down. */
@Injectable()
export class ChangeFeed implements OnModuleDestroy {
  private readonly logger = new Logger(ChangeFeed.name);
  private readonly streams = new Set<ChangeStream>();
  private readonly source: ChangeSource;
  private readonly options: ChangeStreamOptions;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    private readonly readSide: ReadSide,
    private readonly catalogue: CatalogueIndex,
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
    };
  }

  /** The position a stream without `from` starts after: what the read side has applied, the live tail. */
  get tail(): string {
    return this.readSide.position;
  }

  /**
   * Takes the response over from Fastify and streams the changes after `after` on it until the consumer goes.
   * A failure ends the response; the consumer resumes from its last id.
   */
  open(reply: FastifyReply, after: string): void {
    this.readSide.assertServing();
    reply.hijack();
    reply.raw.writeHead(200, SSE_HEADERS);
    reply.raw.flushHeaders();
    const sink = responseSink(reply.raw);
    const stream = new ChangeStream(this.source, this.catalogue.purposes, sink, this.options);
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
