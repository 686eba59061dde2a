#!/usr/bin/env node
'use strict';
/**
 * `npx ledger ...`: runs the built operator CLI (apps/ledger-cli). Like `npm start` for the server, it
 * builds first when there is no build yet or the sources changed since the last one, so it works straight
 * after `npm ci` in a fresh clone. Build output goes to stderr, leaving stdout to the command. An install
 * without the sources, such as the Docker image, runs the build it carries: there is nothing to build from.
 */
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, statSync, utimesSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const entry = join(root, 'dist/apps/ledger-cli/apps/ledger-cli/src/main.js');
// tsc rewrites it on every build that changes anything; the launcher touches it after its own builds.
const stamp = join(root, 'dist/apps/ledger-cli/tsconfig.app.tsbuildinfo');
const sources = ['apps/ledger-cli/src', 'libs/runtime/src', 'libs/domain/src', 'libs/event-store/src'];

function newestSource() {
  let newest = 0;
  for (const dir of sources) {
    for (const file of readdirSync(join(root, dir), { recursive: true })) {
      if (!/\.(ts|json)$/.test(file) || /\.(spec|int-spec|e2e-spec)\.ts$/.test(file)) continue;
      newest = Math.max(newest, statSync(join(root, dir, file)).mtimeMs);
    }
  }
  return newest;
}

function stale() {
  return !existsSync(entry) || !existsSync(stamp) || newestSource() > statSync(stamp).mtimeMs;
}

const fromSources = sources.every((dir) => existsSync(join(root, dir)));

if (fromSources && stale()) {
  process.stderr.write('ledger: building the CLI (nest build ledger-cli)...\n');
  const nest = join(root, 'node_modules/@nestjs/cli/bin/nest.js');
  const build = spawnSync(process.execPath, [nest, 'build', 'ledger-cli'], {
    cwd: root,
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (build.status !== 0 || !existsSync(entry)) {
    process.stderr.write('ledger: the build failed; run `npm ci`, then `npm run build`\n');
    process.exit(2);
  }
  const now = new Date();
  utimesSync(stamp, now, now);
}

require(entry);
