import { randomBytes } from 'node:crypto';
import { GenericContainer, StartedTestContainer, Wait } from 'testcontainers';
import { describeEventStoreConformance, reopenableStore } from '../testing/event-store-conformance';
import { probeSync } from '../testing/probe';
import { EventStoreDbStore } from './eventstoredb-event-store';

/** An existing server to test against instead of a container, e.g. `esdb://127.0.0.1:2113?tls=false`. */
const externalUrl = process.env.LEDGER_TEST_EVENTSTOREDB_URL;
const image = process.env.LEDGER_TEST_EVENTSTOREDB_IMAGE ?? 'eventstore/eventstore:24.10';

const noDocker = externalUrl
  ? null
  : probeSync(
      `require(process.argv[1]).getContainerRuntimeClient().then(
         () => process.exit(0),
         (error) => { console.error(error.message); process.exit(1); });`,
      [require.resolve('testcontainers')],
    );
const skipReason = noDocker ? `no container runtime for ${image} (${noDocker})` : undefined;

jest.setTimeout(120_000);

let server: Promise<{ url: string; container?: StartedTestContainer }> | null = null;

/** One server for the whole file, started on first use: containers take seconds to start. */
function startServer(): Promise<{ url: string; container?: StartedTestContainer }> {
  if (externalUrl) return Promise.resolve({ url: externalUrl });
  return new GenericContainer(image)
    .withEnvironment({
      EVENTSTORE_INSECURE: 'true',
      EVENTSTORE_MEM_DB: 'true',
      EVENTSTORE_CLUSTER_SIZE: '1',
      EVENTSTORE_RUN_PROJECTIONS: 'None',
    })
    .withExposedPorts(2113)
    .withWaitStrategy(Wait.forHttp('/health/live', 2113).forStatusCode(204))
    .start()
    .then((container) => ({
      url: `esdb://${container.getHost()}:${container.getMappedPort(2113)}?tls=false`,
      container,
    }));
}

afterAll(async () => {
  await (await server)?.container?.stop();
});

// Each test gets its own stream namespace: the ledger's log is $all filtered to it, so tests stay apart.
describeEventStoreConformance(
  'EventStoreDB',
  async () => {
    const { url } = await (server ??= startServer());
    const namespace = `test${randomBytes(6).toString('hex')}`;
    const open = async () => {
      const opened = new EventStoreDbStore({ connectionString: url, namespace });
      await opened.init();
      return opened;
    };
    return reopenableStore(open);
  },
  { skipReason },
);
