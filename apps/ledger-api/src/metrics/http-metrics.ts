import { ServerResponse } from 'node:http';
import { FastifyInstance, FastifyReply, onRequestHookHandler, onResponseHookHandler } from 'fastify';
import { registerProblemMarks } from '../problems/problem-marks';
import { LedgerMetrics } from './ledger-metrics';
import { DurationSlot } from './plain-series';

/** The route label of a request no route took (a 404 for a path the API does not have). */
const NO_ROUTE = '(none)';
const CHANGE_STREAM = '/v1/changes';

/** One method of one route pattern: its series by status, bound on first use and kept. */
class RouteSeries {
  private readonly byStatus: (DurationSlot | undefined)[] = [];

  constructor(
    private readonly metrics: LedgerMetrics,
    private readonly method: string,
    private readonly route: string,
  ) {}

  answered(reply: FastifyReply): void {
    const status = reply.statusCode;
    const series = (this.byStatus[status] ??= this.metrics.requestSeries(this.method, this.route, status));
    this.metrics.answered(series, reply.elapsedTime / 1000);
    if (reply.problemCode !== null) this.metrics.refused(reply.problemCode);
    if (reply.storeFailed) this.metrics.storeFailed('request');
  }
}

/**
 * Counts every answer by method, route pattern (never the path as sent) and status, with its duration, and
 * the problems among them by code, in Fastify's `onResponse`: so the single checks the fast lane answers
 * outside Nest are counted as every other route. Each route gets a hook of its own as it is registered, which
 * knows its pattern: reading the pattern from the request would build an object per request. Requests no
 * route took are counted by one hook for all. Also keeps the open change streams, for their gauge.
 */
export function registerHttpMetrics(fastify: FastifyInstance, metrics: LedgerMetrics): void {
  registerProblemMarks(fastify);
  const streams = new Set<ServerResponse>();
  metrics.gauge('ledger_change_streams_open', 'Change streams (GET /v1/changes) open on this process', () =>
    countOpen(streams),
  );
  fastify.addHook('onRoute', (route) => {
    const methods = ([] as string[]).concat(route.method);
    const series = new Map(methods.map((method) => [method, new RouteSeries(metrics, method, route.url)]));
    const single = methods.length === 1 ? series.get(methods[0])! : undefined;
    const count: onResponseHookHandler = (request, reply, done) => {
      (single ?? series.get(request.method)!).answered(reply);
      done();
    };
    route.onResponse = [...hooks(route.onResponse), count];
    if (route.url === CHANGE_STREAM && methods.includes('GET'))
      route.onRequest = [...hooks(route.onRequest), keepIn(streams)];
  });
  const unrouted = new Map<string, RouteSeries>();
  fastify.addHook('onResponse', (request, reply, done) => {
    if (request.is404) {
      let series = unrouted.get(request.method);
      if (!series)
        unrouted.set(request.method, (series = new RouteSeries(metrics, request.method, NO_ROUTE)));
      series.answered(reply);
    }
    done();
  });
}

const hooks = <T>(hook: T | T[] | undefined): T[] => (hook === undefined ? [] : ([] as T[]).concat(hook));

/** Keeps each response of the route in `streams` until its connection closes. */
function keepIn(streams: Set<ServerResponse>): onRequestHookHandler {
  return (_request, reply, done) => {
    const response = reply.raw;
    streams.add(response);
    response.once('close', () => streams.delete(response));
    done();
  };
}

/** A stream is open once its `200` went out: a refused one (`409`, `429`) never is. */
function countOpen(streams: Set<ServerResponse>): number {
  let open = 0;
  for (const response of streams) if (response.headersSent && response.statusCode === 200) open++;
  return open;
}
