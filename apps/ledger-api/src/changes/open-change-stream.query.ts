import { Query } from '@nestjs/cqrs';
import { ChangeSink } from './server-sent-events';

/** A change stream, opened at its starting position. */
export interface OpenedChangeStream {
  /** Sends the changes to `sink` until the consumer goes or the application shuts down; then ends it. */
  pipeTo(sink: ChangeSink): void;
}

export interface OpenChangeStreamOptions {
  /** Start after this position; default the live tail, what the read side has applied. */
  after?: string;
  /** The name of the API key that opens it, whose open streams are counted. */
  keyName: string;
}

/**
 * `GET /v1/changes`: a query whose answer is a stream rather than a value. The handler judges whether it may
 * be served and where it starts; the controller takes the response over and pipes the stream into it.
 */
export class OpenChangeStreamQuery extends Query<OpenedChangeStream> {
  constructor(readonly options: OpenChangeStreamOptions) {
    super();
  }
}
