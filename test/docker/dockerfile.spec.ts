import { existsSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { Arg, Label } from 'dockerfile-ast';
import { DEFAULT_CONSOLE_DIR } from '../../apps/ledger-api/src/console/serve-console';
import {
  argumentsOf,
  copiesOf,
  instructionsOf,
  PINNED_BY_DIGEST,
  read,
  root,
  Stage,
  stagesOf,
} from '../support/docker-files';

const packageJson = JSON.parse(read('package.json'));

/** Where `nest build <project>` writes: its tsconfig's outDir, and in it the entry nest-cli.json names. */
function nestBuildOf(project: string): { outDir: string; entry: string } {
  const { entryFile, compilerOptions } = JSON.parse(read('nest-cli.json')).projects[project];
  const tsconfig = compilerOptions.tsConfigPath as string;
  const outDir = relative(
    root,
    resolve(root, dirname(tsconfig), JSON.parse(read(tsconfig)).compilerOptions.outDir),
  );
  return { outDir, entry: join(outDir, `${entryFile}.js`) };
}

/** Where `vite build` writes the console: the outDir of its config, relative to the config's folder. */
function consoleBuildDir(): string {
  const config = 'apps/console/vite.config.mts';
  const [, outDir] = read(config).match(/outDir:\s*here\('([^']+)'\)/)!;
  return relative(root, resolve(root, dirname(config), outDir));
}

const workdirOf = (stage: Stage) => argumentsOf(instructionsOf(stage, 'WORKDIR').at(-1)!)[0];
/** A LABEL's value as the image gets it: without the quotes around it. */
const unquoted = (value: string | null) => value?.replace(/^"(.*)"$/s, '$1');
const runsOf = (stage: Stage) => instructionsOf(stage, 'RUN').map((run) => run.getTextContent());

describe('docker/Dockerfile', () => {
  const stages = stagesOf(read('docker/Dockerfile'));
  const [build, runtime] = [stages[0], stages.at(-1)!];
  const runtimeDir = workdirOf(runtime);

  it('pins every base image by its digest, keeping the tag it was taken from for readers', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const { name, image } of stages)
      expect({ name, image }).toEqual({ name, image: expect.stringMatching(PINNED_BY_DIGEST) });
  });

  it('builds everything `npm run build` builds with every dependency, and keeps production dependencies only', () => {
    expect(build.name).toBe('build');
    // The server, the CLI and the console: what the runtime stage carries.
    expect(packageJson.scripts.build).toMatch(
      /nest build ledger-api\b.*nest build ledger-cli\b.*npm run build:console\b/,
    );
    const buildSteps = runsOf(build).join('\n');
    expect(buildSteps).toMatch(/\bnpm ci\b/);
    expect(buildSteps).toMatch(/\bnpm run build\b(?!:)/);
    expect(buildSteps).toMatch(/\bnpm prune --omit=dev\b/);
    expect(runsOf(runtime).join('\n')).not.toMatch(/\bnpm (ci|install)\b/);
    const fromBuild = copiesOf(runtime).filter((copy) => copy.from === 'build');
    expect(fromBuild.flatMap((copy) => copy.sources)).toContain(posix.join(workdirOf(build), 'node_modules'));
  });

  it('carries the server, the CLI and the console where the build writes them and they are run from', () => {
    const [api, cli, consoleDir] = [nestBuildOf('ledger-api'), nestBuildOf('ledger-cli'), consoleBuildDir()];
    // The server looks for the console relative to its working directory, which is the runtime's WORKDIR.
    expect(consoleDir).toBe(DEFAULT_CONSOLE_DIR);
    const copied = copiesOf(runtime)
      .filter((copy) => copy.from === 'build')
      .map((copy) => ({ sources: copy.sources, to: posix.resolve(runtimeDir, copy.destination) }));
    for (const dir of [api.outDir, cli.outDir, consoleDir])
      expect(copied).toContainEqual({
        sources: [posix.join(workdirOf(build), dir)],
        to: posix.join(runtimeDir, dir),
      });
    const [cmd] = instructionsOf(runtime, 'CMD');
    expect(JSON.parse(cmd.getArgumentsContent()!)).toEqual(['node', api.entry]);
    expect(packageJson.scripts['start:prod']).toBe(`node ${api.entry}`);
    // The launcher runs the CLI's entry from the build, relative to the folder above its own.
    expect(read('bin/ledger.js')).toContain(`'${cli.entry}'`);
  });

  it('puts `ledger` on the PATH: the launcher, executable, one folder below the builds it runs', () => {
    const [launcher] = copiesOf(runtime).filter(
      (copy) => copy.from === null && copy.sources.includes('bin/ledger.js'),
    );
    expect(launcher).toBeDefined();
    const installed = posix.resolve(runtimeDir, launcher.destination);
    expect(posix.dirname(posix.dirname(installed))).toBe(runtimeDir);
    expect(Number.parseInt(launcher.chmod ?? '0', 8) & 0o111).toBe(0o111);
    expect(runsOf(runtime).join('\n')).toContain(`ln -s ${installed} /usr/local/bin/ledger`);
    expect(statSync(join(root, 'bin/ledger.js')).mode & 0o100).toBe(0o100);
  });

  it('labels the image the OCI way, with the version and licence package.json gives', () => {
    const labels = Object.fromEntries(
      instructionsOf(runtime, 'LABEL').flatMap((label) =>
        (label as Label)
          .getProperties()
          .map((property) => [property.getName(), unquoted(property.getValue())]),
      ),
    );
    const args = Object.fromEntries(
      instructionsOf(runtime, 'ARG').map((arg) => {
        const property = (arg as Arg).getProperty()!;
        return [property.getName(), property.getValue()];
      }),
    );
    expect(labels).toMatchObject({
      'org.opencontainers.image.title': packageJson.name,
      'org.opencontainers.image.description': expect.stringContaining(packageJson.description),
      'org.opencontainers.image.version': '${VERSION}',
      'org.opencontainers.image.revision': '${REVISION}',
      'org.opencontainers.image.created': '${CREATED}',
      'org.opencontainers.image.licenses': packageJson.license,
    });
    // A build that passes no version gets package.json's; revision and creation time only the build knows.
    expect(args).toEqual({ VERSION: packageJson.version, REVISION: null, CREATED: null });
  });

  it('runs the built server as an unprivileged user', () => {
    const users = instructionsOf(runtime, 'USER').map((user) => argumentsOf(user)[0]);
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^(root|0)(:|$)/);
  });

  it('reports healthy only while /health/ready answers 200', () => {
    const [healthcheck] = instructionsOf(runtime, 'HEALTHCHECK');
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
      .flatMap(copiesOf)
      .filter((copy) => copy.from === null)
      .flatMap((copy) => copy.sources);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) {
      expect({ source, exists: existsSync(join(root, source)) }).toEqual({ source, exists: true });
      expect(allowed).toContain(source);
    }
  });
});
