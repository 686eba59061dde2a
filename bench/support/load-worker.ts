import autocannon from 'autocannon';
import { childTask } from './child';
import { pacedLoad } from './paced-load';
import type { LoadResult, LoadSpec, NextRequest } from './load';

/**
 * The requests of a load in turn: `spec.paths` round, and with `spec.cold` that share of them (spread evenly)
 * from its paths instead, starting at a random one; `spec.bodies` round.
 */
function requestsOf(spec: LoadSpec): () => NextRequest {
  let next = 0;
  let hot = 0;
  const cold = spec.cold ?? { paths: [], share: 0 };
  let nextCold = Math.floor(Math.random() * cold.paths.length);
  return () => {
    const i = next++;
    const isCold = Math.floor((i + 1) * cold.share) > Math.floor(i * cold.share);
    const path = isCold ? cold.paths[nextCold++ % cold.paths.length] : spec.paths[hot++ % spec.paths.length];
    return { path, body: spec.bodies?.[i % spec.bodies.length] };
  };
}

/**
 * Runs the load here, in a process of its own, so the load generator never shares the server's event loop:
 * autocannon as fast as the server answers, or paced at `overallRate`.
 */
async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const nextRequest = requestsOf(spec);
  const { overallRate } = spec;
  if (overallRate !== undefined) return pacedLoad({ ...spec, overallRate }, nextRequest);
  const result = await autocannon({
    url: spec.url,
    method: spec.method ?? 'GET',
    headers: spec.headers,
    connections: spec.connections,
    duration: spec.seconds,
    requests: [
      {
        setupRequest: (request) => {
          const { path, body } = nextRequest();
          request.path = path;
          if (body !== undefined) request.body = body;
          return request;
        },
      },
    ],
  });
  const failed = result.non2xx + result.errors + result.timeouts;
  const ok = result['2xx'];
  return {
    okPerSecond: ok / (result.duration || spec.seconds),
    ok,
    failed,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
  };
}

childTask(runLoad);
