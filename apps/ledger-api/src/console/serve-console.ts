import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyError, FastifyInstance } from 'fastify';
import { replyWithProblem } from '../problems/problem-details.filter';

/** Where `npm run build` puts the console (apps/console), relative to the working directory like `./data`. */
export const DEFAULT_CONSOLE_DIR = 'dist/console';

/**
 * The console's page may only run its own script and talk to this server: the API key it holds in session
 * storage is then out of reach of injected script, and no other site may frame it.
 */
const CONSOLE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  // Instead of the SAMEORIGIN of every answer: browsers that know no `frame-ancestors` say the same.
  'x-frame-options': 'DENY',
};

/**
 * Serves the built DPO console at `/console/`. Its files are static and hold no data, so they are served
 * without a key, like health; everything it shows it fetches from `/v1` with the key the user signs in with.
 * A server started without the console built still serves the API, and says how to build it.
 */
export async function serveConsole(
  app: NestFastifyApplication,
  consoleDir = DEFAULT_CONSOLE_DIR,
): Promise<void> {
  const root = resolve(consoleDir);
  if (!existsSync(join(root, 'index.html'))) {
    new Logger('Console').warn(`no console at ${root}: \`npm run build\` builds it`);
    return;
  }
  // In a context of its own, so that the static files' failures are answered as problems, the console's only. A
  // path with `..` or a NUL byte, which they refuse as 403, is a file the console does not have (`toProblem`).
  await app.register(async (files: FastifyInstance) => {
    files.setErrorHandler((error: FastifyError, request, reply) => replyWithProblem(request, reply, error));
    // Registered with the plugin's own types: Nest's copy of them predates @fastify/static 10's `setHeaders`.
    await files.register(fastifyStatic, {
      root,
      prefix: '/console',
      redirect: true,
      dotfiles: 'ignore',
      setHeaders: (reply) => reply.headers(CONSOLE_HEADERS),
    });
  });
}
