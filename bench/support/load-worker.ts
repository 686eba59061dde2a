import autocannon from 'autocannon';
import { childTask } from './child';
import { pacedLoad } from './paced-load';
import type { LoadResult, LoadSpec } from './load';

/**
 * The paths of a load in turn: `spec.paths` round, and with `spec.cold` that share of them (spread evenly)
 * from its paths instead, starting at a random one.
 */
function pathsOf(spec: LoadSpec): () => string {
  let next = 0;
  let hot = 0;
  const cold = spec.cold ?? { paths: [], share: 0 };
  let nextCold = Math.floor(Math.random() * cold.paths.length);
  return () => {
    const i = next++;
    const isCold = Math.floor((i + 1) * cold.share) > Math.floor(i * cold.share);
    return isCold ? cold.paths[nextCold++ % cold.paths.length] : spec.paths[hot++ % spec.paths.length];
  };
}

/**
 * Runs the load here, in a process of its own, so the load generator never shares the server's event loop:
 * autocannon as fast as the server answers, or paced at `overallRate`.
 */
async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const nextPath = pathsOf(spec);
  const { overallRate } = spec;
  if (overallRate !== undefined) return pacedLoad({ ...spec, overallRate }, nextPath);
  let sent = 0;
  const result = await autocannon({
    url: spec.url,
    method: spec.method ?? 'GET',
    headers: spec.headers,
    connections: spec.connections,
    duration: spec.seconds,
    requests: [
      {
        setupRequest: (request) => {
          request.path = nextPath();
          if (spec.bodies) request.body = spec.bodies[sent % spec.bodies.length];
          sent++;
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
