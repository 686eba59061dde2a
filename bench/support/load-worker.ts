import autocannon from 'autocannon';
import { childTask } from './child';
import type { LoadResult, LoadSpec } from './load';

/** Runs autocannon here, in a process of its own, so the load generator never shares the server's event loop. */
async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  let next = 0;
  let hot = 0;
  const cold = spec.cold ?? { paths: [], share: 0 };
  let nextCold = Math.floor(Math.random() * cold.paths.length);
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
          const isCold = Math.floor((i + 1) * cold.share) > Math.floor(i * cold.share);
          request.path = isCold
            ? cold.paths[nextCold++ % cold.paths.length]
            : spec.paths[hot++ % spec.paths.length];
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
