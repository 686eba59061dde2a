/** A refusal from the API: an RFC 9457 problem with the contract's `code`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
  ) {
    super(`${status} ${code}: ${detail}`);
  }
}

export interface CommandOptions {
  /** The revision the subject was at when the DPO looked (-1: no events): refused (409) if it moved since. */
  expectedRevision?: number;
}

/** HTTP to the public `/v1` API with one API key; `onUnauthenticated` runs when the ledger no longer accepts it. */
export function createTransport(key: string, onUnauthenticated: () => void) {
  async function send(method: 'GET' | 'POST', path: string, body?: unknown, headers = {}): Promise<Response> {
    const response = await fetch(path, {
      method,
      headers: {
        authorization: `Bearer ${key}`,
        accept: 'application/json',
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.ok) return response;
    const problem = await response.json().catch(() => null);
    if (response.status === 401) onUnauthenticated();
    throw new ApiError(response.status, problem?.code ?? 'UNKNOWN', problem?.detail ?? response.statusText);
  }

  async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown, headers = {}): Promise<T> {
    const response = await send(method, path, body, headers);
    return (await response.json().catch(() => null)) as T;
  }

  return {
    get: <T>(path: string) => call<T>('GET', path),
    /** A POST that records nothing (a change-stream token): no body, no idempotency key. */
    post: <T>(path: string) => call<T>('POST', path),
    /** A document the API answers as a file to keep, with the name its `Content-Disposition` gives. */
    async file(path: string): Promise<{ blob: Blob; fileName: string }> {
      const response = await send('GET', path);
      const disposition = response.headers.get('content-disposition') ?? '';
      const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'export';
      return { blob: await response.blob(), fileName };
    },
    command<T>(path: string, body: object, options: CommandOptions = {}): Promise<T> {
      // One key per submission: a retried request (a double click, a lost answer) appends nothing twice.
      const headers: Record<string, string> = { 'idempotency-key': crypto.randomUUID() };
      if (options.expectedRevision !== undefined) headers['if-match'] = `"${options.expectedRevision}"`;
      return call<T>('POST', path, body, headers);
    },
  };
}

export type Transport = ReturnType<typeof createTransport>;

/** The path of one subject, or of something of it. */
export const subjectPath = (subjectId: string, ...rest: string[]) =>
  [`/v1/subjects/${encodeURIComponent(subjectId)}`, ...rest.map(encodeURIComponent)].join('/');

/** A query string of the parameters that are set, `?` included; empty when none is. */
export function queryString(parameters: Record<string, string | undefined>): string {
  const set = Object.entries(parameters).filter((entry): entry is [string, string] => entry[1] !== undefined);
  return set.length === 0 ? '' : `?${new URLSearchParams(set)}`;
}
