import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { Copy, DockerfileParser, From, Instruction } from 'dockerfile-ast';
import { parse } from 'yaml';
import { readLedgerConfig } from '@ledger/runtime';
import { SERVER_ENTRY } from '../support/server-process';

/**
 * No Docker engine runs here, so the image and compose files are checked as files: their structure, and
 * that everything they name (files, services, the variables the server reads, its health route) exists.
 */
const root = join(__dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

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

/** The Dockerfile's stages, each its FROM's stage name and the instructions up to the next FROM. */
function stagesOf(text: string): { name: string | null; instructions: Instruction[] }[] {
  const stages: { name: string | null; instructions: Instruction[] }[] = [];
  for (const instruction of DockerfileParser.parse(text).getInstructions()) {
    if (instruction instanceof From) {
      stages.push({ name: instruction.getBuildStage(), instructions: [] });
    } else {
      stages.at(-1)?.instructions.push(instruction);
    }
  }
  return stages;
}

const argumentsOf = (instruction: Instruction) => instruction.getArguments().map((arg) => arg.getValue());
const of = (instructions: Instruction[], keyword: string) =>
  instructions.filter((instruction) => instruction.getKeyword() === keyword);
/** What each COPY of a stage copies, and the stage it copies from (`null`: the build context). */
const copiesOf = (instructions: Instruction[]) =>
  instructions
    .filter((instruction): instruction is Copy => instruction instanceof Copy)
    .map((copy) => ({
      from: copy.getFromFlag()?.getValue() ?? null,
      sources: argumentsOf(copy).slice(0, -1),
    }));

describe('docker/Dockerfile', () => {
  const stages = stagesOf(read('docker/Dockerfile'));
  const [build, runtime] = [stages[0], stages.at(-1)!];
  const runs = (stage: typeof build) => of(stage.instructions, 'RUN').map((run) => run.getTextContent());

  it('builds in one stage with every dependency, and keeps production dependencies only', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(build.name).toBe('build');
    const buildSteps = runs(build).join('\n');
    expect(buildSteps).toMatch(/\bnpm ci\b/);
    expect(buildSteps).toMatch(/\bnest build ledger-api\b/);
    expect(buildSteps).toMatch(/\bnpm prune --omit=dev\b/);
    expect(runs(runtime).join('\n')).not.toMatch(/\bnpm (ci|install)\b/);
    const copiedFromBuild = copiesOf(runtime.instructions)
      .filter((copy) => copy.from === 'build')
      .flatMap((copy) => copy.sources);
    expect(copiedFromBuild).toEqual(expect.arrayContaining(['/app/node_modules', '/app/dist']));
  });

  it('runs the built server as an unprivileged user', () => {
    const users = of(runtime.instructions, 'USER').map((user) => argumentsOf(user)[0]);
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^(root|0)(:|$)/);
    const [cmd] = of(runtime.instructions, 'CMD');
    const [program, entry] = JSON.parse(cmd.getArgumentsContent()!);
    expect(program).toBe('node');
    // The same file `npm run start:prod` and the end-to-end suites run; jest's global setup has built it.
    expect(entry).toBe(relative(root, SERVER_ENTRY));
    expect(existsSync(join(root, entry))).toBe(true);
  });

  it('reports healthy only while /health/ready answers 200', () => {
    const [healthcheck] = of(runtime.instructions, 'HEALTHCHECK');
    expect(healthcheck.getTextContent()).toContain('/health/ready');
    expect(healthcheck.getTextContent()).toMatch(/exit\(r\.ok \? 0 : 1\)/);
  });

  it('copies from the build context only files that exist and that .dockerignore lets in', () => {
    const ignore = read('.dockerignore')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    // Deny by default: ./data (API keys, master key, SQLite file) can never enter an image.
    expect(ignore[0]).toBe('*');
    const allowed = ignore
      .filter((line) => line.startsWith('!'))
      .map((line) => line.slice(1).replace(/\/$/, ''));
    const sources = stages
      .flatMap((stage) => copiesOf(stage.instructions))
      .filter((copy) => copy.from === null)
      .flatMap((copy) => copy.sources);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      expect({ source, exists: existsSync(join(root, source)) }).toEqual({ source, exists: true });
      expect(allowed).toContain(source);
    }
  });
});

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string };
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  volumes?: string[];
  ports?: string[];
  networks?: string[] | Record<string, { ipv4_address?: string }>;
}

const withoutVariables = (text: string) => text.replace(/\$\{[^}]*\}/g, 'x');

describe.each([
  { file: 'docker/compose.postgres.yml', store: 'postgres', urlVariable: 'LEDGER_POSTGRES_URL' },
  { file: 'docker/compose.eventstoredb.yml', store: 'eventstoredb', urlVariable: 'LEDGER_EVENTSTOREDB_URL' },
])('$file', ({ file, store, urlVariable }) => {
  const composeDir = join(root, dirname(file));
  const services: Record<string, ComposeService> = parse(read(file), { merge: true }).services;
  const apis = Object.entries(services).filter(([, service]) => service.build);
  const apiNames = apis.map(([name]) => name);

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
