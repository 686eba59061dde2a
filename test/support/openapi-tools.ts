import { ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { HttpTestCaller } from './http-test-caller';
import { freePort } from './server-process';

const ROOT = join(__dirname, '../..');
/** Where the suites write what the tools read; gitignored. */
export const ARTIFACTS = join(ROOT, 'test/artifacts');

/** The document a running ledger serves at `/docs-json`, written to `test/artifacts/<name>`. */
export async function writeServedDocument(baseUrl: string, name: string): Promise<string> {
  const answer = await fetch(`${baseUrl}/docs-json`);
  if (answer.status !== 200) throw new Error(`/docs-json answered ${answer.status}`);
  await mkdir(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, name);
  await writeFile(file, await answer.text());
  return file;
}

/** Runs a tool of node_modules the way its `bin` does; resolves with its output whatever its exit code. */
export async function runTool(
  bin: string,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [join(ROOT, 'node_modules', bin), ...args],
      {
        cwd: ROOT,
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/**
 * Prism (`prism proxy <document> <upstream> --errors`) in front of a ledger: it checks each request and each
 * answer against the document, and in `--errors` mode answers a violation itself (a 422 for a request, a 500
 * for an answer) instead of passing it on. `validateRequest: false` checks the answers only.
 */
export class PrismProxy extends HttpTestCaller {
  private output = '';

  private constructor(
    private readonly child: ChildProcess,
    readonly baseUrl: string,
  ) {
    super();
    child.stdout?.on('data', (chunk) => (this.output += chunk));
    child.stderr?.on('data', (chunk) => (this.output += chunk));
  }

  static async start(
    document: string,
    upstream: string,
    options: { validateRequest: boolean },
  ): Promise<PrismProxy> {
    const port = await freePort();
    const args = ['proxy', document, upstream, '--errors', '--port', String(port), '--host', '127.0.0.1'];
    if (!options.validateRequest) args.push('--validate-request=false');
    const child = spawn(
      process.execPath,
      [join(ROOT, 'node_modules/@stoplight/prism-cli/dist/index.js'), ...args],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const prism = new PrismProxy(child, `http://127.0.0.1:${port}`);
    await prism.untilListening();
    return prism;
  }

  get log(): string {
    return this.output;
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const gone = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    await gone;
  }

  private async untilListening(): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (!this.output.includes('Prism is listening')) {
      if (this.child.exitCode !== null) throw new Error(`Prism exited:\n${this.output}`);
      if (Date.now() > deadline) {
        await this.stop();
        throw new Error(`Prism did not listen within 60 s:\n${this.output}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
