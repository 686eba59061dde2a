import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { readLedgerConfig } from '@ledger/runtime';
import {
  COMPOSE_FILES,
  ComposeService,
  composeServices,
  PINNED_BY_DIGEST,
  root,
} from '../support/docker-files';

/** The variables the server reads: the configuration read from an environment that records each look-up. */
function variablesTheServerReads(): Set<string> {
  const names = new Set<string>();
  const recorder = new Proxy({} as NodeJS.ProcessEnv, {
    get: (_, name) => {
      if (typeof name === 'string') names.add(name);
      return undefined;
    },
  });
  readLedgerConfig(recorder);
  return names;
}

/**
 * Images the compose files still follow by their tag, each with the reason. Pinning one takes its entry out:
 * an entry naming an image that is pinned, or no longer used, fails the spec.
 */
const FOLLOWED_BY_TAG: Record<string, string> = {
  'eventstore/eventstore:24.10': 'no published digest of this tag could be checked (docker/README.md)',
};

const withoutVariables = (text: string) => text.replace(/\$\{[^}]*\}/g, 'x');

describe.each([
  { file: 'docker/compose.postgres.yml', store: 'postgres', urlVariable: 'LEDGER_POSTGRES_URL' },
  { file: 'docker/compose.eventstoredb.yml', store: 'eventstoredb', urlVariable: 'LEDGER_EVENTSTOREDB_URL' },
])('$file', ({ file, store, urlVariable }) => {
  const composeDir = join(root, dirname(file));
  const services = composeServices(file);
  const apis = Object.entries(services).filter(([, service]) => service.build);
  const apiNames = apis.map(([name]) => name);

  it('pulls every image by its digest, keeping the tag it was taken from for readers', () => {
    const pulled = Object.entries(services).filter(([, service]) => service.image);
    expect(pulled.length).toBeGreaterThan(0);
    for (const [name, { image }] of pulled)
      if (!(image! in FOLLOWED_BY_TAG))
        expect({ name, image }).toEqual({ name, image: expect.stringMatching(PINNED_BY_DIGEST) });
  });

  it('runs two API replicas built from docker/Dockerfile', () => {
    expect(apiNames).toHaveLength(2);
    for (const [, service] of apis) {
      const dockerfile = join(composeDir, service.build!.context, service.build!.dockerfile);
      expect(relative(root, dockerfile)).toBe(join('docker', 'Dockerfile'));
    }
  });

  it('configures both replicas alike, with shared keys and master key, in variables the server reads', () => {
    const [first, second] = apis.map(([, service]) => service.environment!);
    expect(second).toEqual(first);
    expect(first).toMatchObject({
      LEDGER_STORE: store,
      [urlVariable]: expect.any(String),
      LEDGER_API_KEYS: expect.stringMatching(/^\$\{LEDGER_API_KEYS:\?/),
      LEDGER_MASTER_KEY: expect.stringMatching(/^\$\{LEDGER_MASTER_KEY:\?/),
    });
    const serverReads = variablesTheServerReads();
    for (const name of Object.keys(first))
      expect({ name, read: serverReads.has(name) }).toEqual({ name, read: true });
  });

  it('health-checks every service and starts each after what it depends on is healthy', () => {
    for (const [name, service] of Object.entries(services)) {
      // The API services have the image's HEALTHCHECK (checked above).
      if (!apiNames.includes(name))
        expect({ name, test: service.healthcheck?.test }).toEqual({
          name,
          test: expect.any(Array),
        });
      for (const [dependency, { condition }] of Object.entries(service.depends_on ?? {})) {
        expect(Object.keys(services)).toContain(dependency);
        expect(condition).toBe('service_healthy');
      }
    }
  });

  it('mounts files that exist', () => {
    const mounts = Object.values(services)
      .flatMap((service) => service.volumes ?? [])
      .filter((volume) => volume.startsWith('.'));
    expect(mounts.length).toBeGreaterThan(0);
    for (const mount of mounts) expect(existsSync(join(composeDir, mount.split(':')[0]))).toBe(true);
  });

  it('balances over both replicas, routing to a replica only while it is ready', () => {
    const balancer = Object.values(services).find((service) => service.image?.startsWith('haproxy'))!;
    const config = readFileSync(join(composeDir, balancer.volumes![0].split(':')[0]), 'utf8');
    const servers = [...config.matchAll(/^\s*server\s+\S+\s+([\w.-]+):(\d+)\s+check\b/gm)];
    expect(servers.map(([, host]) => host).sort()).toEqual([...apiNames].sort());
    // The image's PORT, which the compose files leave as it is.
    expect(apis.every(([, service]) => service.environment!.PORT === undefined)).toBe(true);
    expect(servers.every(([, , port]) => port === '3000')).toBe(true);
    expect(config).toMatch(/http-check send meth GET uri \/health\/ready/);
    const [bind] = config.match(/^\s*bind\s+:(\d+)/m)!.slice(1);
    expect(balancer.ports).toEqual([`${bind}:${bind}`]);
  });

  if (store === 'postgres') {
    it('points the replicas at the PostgreSQL service', () => {
      const url = new URL(withoutVariables(apis[0][1].environment!.LEDGER_POSTGRES_URL));
      expect(services[url.hostname].image).toMatch(/^postgres:/);
    });
  } else {
    it('points the replicas at all three nodes of an EventStoreDB cluster that gossip with each other', () => {
      const nodes = Object.entries(services).filter(([, service]) =>
        service.image?.startsWith('eventstore/'),
      );
      expect(nodes).toHaveLength(3);
      const url = apis[0][1].environment!.LEDGER_EVENTSTOREDB_URL;
      const hosts = url
        .replace(/^esdb:\/\//, '')
        .split('?')[0]
        .split(',');
      expect(hosts.map((host) => host.split(':')[0]).sort()).toEqual(nodes.map(([name]) => name).sort());
      const address = (service: ComposeService) =>
        Object.values(service.networks as Record<string, { ipv4_address: string }>)[0].ipv4_address;
      for (const [name, node] of nodes) {
        expect(node.environment).toMatchObject({ EVENTSTORE_CLUSTER_SIZE: '3' });
        const others = nodes.filter(([other]) => other !== name).map(([, other]) => `${address(other)}:2113`);
        expect(node.environment!.EVENTSTORE_GOSSIP_SEED.split(',').sort()).toEqual(others.sort());
      }
    });
  }
});

describe('images the compose files follow by their tag', () => {
  const images = COMPOSE_FILES.flatMap((file) =>
    Object.values(composeServices(file)).map((service) => service.image),
  );

  it.each(Object.keys(FOLLOWED_BY_TAG))('%s is still used, and still by its tag alone', (image) => {
    expect(images).toContain(image);
  });
});
