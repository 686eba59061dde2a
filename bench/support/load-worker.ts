import autocannon from 'autocannon';
import { childTask } from './child';
import type { LoadResult, LoadSpec } from './load';

/** Runs autocannon here, in a process of its own, so the load generator never shares the server's event loop. */
async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  let next = 0;
  const result = await autocannon({
    url: spec.url,
    method: spec.method ?? 'GET',
    headers: spec.headers,
    connections: spec.connections,
    duration: spec.seconds,
    overallRate: spec.overallRate,
    requests: [
      {
        setupRequest: (request) => {
          const i = next++;
          request.path = spec.paths[i % spec.paths.length];
          if (spec.bodies) request.body = spec.bodies[i % spec.bodies.length];
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
