/** One line of the server's log, as JSON. */
export type LogLine = Record<string, unknown>;

/** Every line of `stdout` as JSON; a line that is not JSON fails, quoting it. */
export function logLines(stdout: string): LogLine[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      try {
        return JSON.parse(line) as LogLine;
      } catch {
        throw new Error(`a log line that is not JSON: ${line}`);
      }
    });
}

/** The request lines (`request-log.ts`) among `lines`. */
export const requestLines = (lines: LogLine[]) => lines.filter((line) => line.msg === 'request answered');
