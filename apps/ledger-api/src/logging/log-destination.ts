import pino, { DestinationStream } from 'pino';

/** Lines are written once this many bytes wait (some fifty request lines)... */
const WRITE_AT_BYTES = 16 * 1024;
/** ...in writes of at most this many bytes... */
const LARGEST_WRITE = 64 * 1024;
/** ...or when this long has passed, so that a quiet server's lines still leave within a second. */
const WRITE_EVERY_MS = 1000;
/** Lines logged while this many bytes already wait (the collector has stopped reading) are dropped. */
const MOST_WAITING_BYTES = 16 * 1024 * 1024;

/**
 * Standard output, written asynchronously and many lines at a time: no request waits on the pipe to the log
 * collector, nor does the server stop answering when the collector stops reading; and a busy server makes one
 * write for some fifty lines rather than one each, which is most of a line's cost (`npm run bench --
 * request-log` measures both). On a normal exit, `process.exit` or an uncaught error, pino writes what waits
 * before the process ends; a SIGKILL or a crash of Node itself loses it, at most 16 KiB or the last second of
 * lines. No acknowledged append depends on a log line: the store holds it, and the decision log
 * (`LEDGER_DECISION_LOG`) is written before the answer.
 */
export function logDestination(): DestinationStream & { flush(done: (error?: Error) => void): void } {
  const stdout = pino.destination({
    dest: 1,
    sync: false,
    contentMode: 'buffer',
    minLength: WRITE_AT_BYTES,
    maxWrite: LARGEST_WRITE,
    periodicFlush: WRITE_EVERY_MS,
    maxLength: MOST_WAITING_BYTES,
  });
  // Given text, pino's stream appends each line to one string and measures that whole string's UTF-8 length
  // again at every line; given bytes, it measures each line once. That was a third of a line's cost. Its
  // types know only text: in `buffer` mode it takes bytes.
  const writeBytes = stdout.write.bind(stdout) as unknown as (bytes: Buffer) => boolean;
  // `logger.flush(done)` reaches this. The shutdown flushes through it before the process exits: a write that
  // fails there because the reader is gone (EPIPE) makes pino drop the destination's synchronous flush, which
  // pino calls on exit and which retries a failed write for ever, so the process would never end (Ctrl-C on
  // `npm start | a-log-viewer` ends the viewer and signals the server at the same moment).
  return { write: (line: string) => writeBytes(Buffer.from(line)), flush: (done) => stdout.flush(done) };
}
