import type {
  Actor,
  ChainVerification,
  CommandAnswer,
  Moment,
  ObjectionsQueue,
  PurposeCatalogue,
  SubjectDecisions,
  SubjectEvents,
} from './wire';

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

/** The public `/v1` API with one API key; `onUnauthenticated` runs when the ledger no longer accepts it. */
export function createApi(key: string, onUnauthenticated: () => void = () => undefined) {
  async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown, headers = {}): Promise<T> {
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
    const answer = await response.json().catch(() => null);
    if (response.ok) return answer as T;
    if (response.status === 401) onUnauthenticated();
    throw new ApiError(response.status, answer?.code ?? 'UNKNOWN', answer?.detail ?? response.statusText);
  }

  const subject = (id: string) => `/v1/subjects/${encodeURIComponent(id)}`;

  function command(path: string, body: object, options: CommandOptions = {}): Promise<CommandAnswer> {
    // One key per submission: a retried request (a double click, a lost answer) appends nothing twice.
    const headers: Record<string, string> = { 'idempotency-key': crypto.randomUUID() };
    if (options.expectedRevision !== undefined) headers['if-match'] = `"${options.expectedRevision}"`;
    return call('POST', path, body, headers);
  }

  return {
    me: () => call<Actor>('GET', '/v1/me'),
    purposes: () => call<PurposeCatalogue>('GET', '/v1/purposes'),
    decisions: (subjectId: string, moment: Moment) => {
      const query = moment.kind === 'now' ? '' : `?${moment.kind}=${encodeURIComponent(moment.time)}`;
      return call<SubjectDecisions>('GET', `${subject(subjectId)}/permissions${query}`);
    },
    events: (subjectId: string) => call<SubjectEvents>('GET', `${subject(subjectId)}/events`),
    verification: (subjectId: string) => call<ChainVerification>('GET', `${subject(subjectId)}/verification`),
    pendingObjections: () => call<ObjectionsQueue>('GET', '/v1/objections?status=pending'),
    decideObjection: (
      subjectId: string,
      objectionId: string,
      body: { outcome: 'upheld' | 'overridden'; motivation?: string },
    ) => command(`${subject(subjectId)}/objections/${encodeURIComponent(objectionId)}/decision`, body),
    applyRestriction: (
      subjectId: string,
      body: { ground: string; purposes?: string[]; dataCategories?: string[]; note?: string },
      options?: CommandOptions,
    ) => command(`${subject(subjectId)}/restrictions`, body, options),
    liftRestriction: (subjectId: string, restrictionId: string, reason: string, options?: CommandOptions) =>
      command(
        `${subject(subjectId)}/restrictions/${encodeURIComponent(restrictionId)}/lifting`,
        { reason },
        options,
      ),
    completeErasure: (
      subjectId: string,
      body: { retain: string[]; note?: string },
      options?: CommandOptions,
    ) => command(`${subject(subjectId)}/erasure`, body, options),
  };
}

export type Api = ReturnType<typeof createApi>;
