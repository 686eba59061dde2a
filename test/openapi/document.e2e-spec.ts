import { LedgerHarness } from '../support/ledger-harness';
import { runTool, writeServedDocument } from '../support/openapi-tools';
import { PROBLEM_STATUS } from '../../apps/ledger-api/src/problems/problem-status';

/**
 * The document at /docs-json as a tool nobody here wrote reads it: Redocly CLI's recommended rules (with the
 * two of redocly.yaml off, for the reasons given there), and what the contract asks of the document itself.
 */
describe('the OpenAPI document (HTTP, SQLite)', () => {
  let ledger: LedgerHarness;
  let file: string;
  let document: any;

  beforeAll(async () => {
    ledger = await LedgerHarness.start();
    file = await writeServedDocument(ledger.baseUrl, 'openapi-lint.json');
    document = await (await fetch(`${ledger.baseUrl}/docs-json`)).json();
  });
  afterAll(() => ledger.stop());

  const operations = () =>
    Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item as Record<string, any>).map(([method, operation]) => ({ path, method, operation })),
    );

  it('passes Redocly lint without an error', async () => {
    const { stdout, stderr } = await runTool('@redocly/cli/bin/cli.js', [
      'lint',
      file,
      '--config',
      'redocly.yaml',
      '--format',
      'json',
    ]);
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as {
      totals: { errors: number; warnings: number };
      problems: { ruleId: string; message: string; severity: string }[];
    };
    const errors = report.problems.filter((problem) => problem.severity === 'error');
    expect({ errors, stderr: report.totals.errors > 0 ? stderr : '' }).toEqual({ errors: [], stderr: '' });
  }, 60_000);

  it('names an opaque bearer key, the metrics token, and a server; the health routes need no key', () => {
    expect(document.components.securitySchemes).toEqual({
      apiKey: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
      changesToken: expect.objectContaining({ type: 'apiKey', in: 'query', name: 'token' }),
      metricsToken: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    });
    expect(JSON.stringify(document.components.securitySchemes)).not.toContain('JWT');
    expect(document.servers.length).toBeGreaterThan(0);
    const securityOf = (path: string, method: string) => {
      if (path.startsWith('/health/')) return [];
      if (path === '/metrics') return [{ metricsToken: [] }];
      // The change stream alone also takes a token in its query, for a browser's EventSource.
      return path === '/v1/changes' && method === 'get'
        ? [{ apiKey: [] }, { changesToken: [] }]
        : [{ apiKey: [] }];
    };
    for (const { path, method, operation } of operations()) {
      expect({ path, method, security: operation.security }).toEqual({
        path,
        method,
        security: securityOf(path, method),
      });
    }
    const stream = document.paths['/v1/changes'].get;
    expect(stream.parameters).toContainEqual(
      expect.objectContaining({ name: 'token', in: 'query', required: false }),
    );
    expect(
      document.paths['/v1/changes/tokens'].post.responses['201'].content['application/json'].schema,
    ).toEqual({
      $ref: '#/components/schemas/ChangesToken',
    });
    expect(Object.keys(document.paths['/metrics'].get.responses).sort()).toEqual([
      '200',
      '401',
      '403',
      '404',
    ]);
  });

  it('gives every route a summary, an operation id, an answer schema and, where a key is needed, its problems', () => {
    for (const { path, method, operation } of operations()) {
      const [success, answer] = Object.entries(operation.responses).find(([status]) =>
        status.startsWith('2'),
      )!;
      expect({ path, method, summary: typeof operation.summary, id: typeof operation.operationId }).toEqual({
        path,
        method,
        summary: 'string',
        id: 'string',
      });
      expect({ path, success, media: Object.keys((answer as any).content) }).toEqual({
        path,
        success,
        media: expect.arrayContaining([expect.any(String)]),
      });
      if (path.startsWith('/health/') || path === '/metrics') continue;
      expect({ path, problems: problemMedia(operation.responses) }).toEqual({
        path,
        problems: ['401', '429', '503'],
      });
    }
  });

  it('documents every refusal code of the contract at its status on some route', () => {
    const documented = new Set<string>();
    for (const { operation } of operations()) {
      for (const [status, response] of Object.entries(operation.responses as Record<string, any>)) {
        const schema = response.content?.['application/problem+json']?.schema;
        for (const code of schema?.allOf?.[1]?.properties.code.enum ?? [])
          documented.add(`${status} ${code}`);
      }
    }
    const contract = Object.entries(PROBLEM_STATUS).map(([code, status]) => `${status} ${code}`);
    expect(contract.filter((refusal) => !documented.has(refusal))).toEqual([]);
    expect(documented).toContain('404 UNKNOWN_PURPOSE');
  });

  it('documents the command headers, the SSE media type, formats, patterns and closed request bodies', () => {
    const establish = document.paths['/v1/subjects/{subjectId}/bases'].post;
    const headers = establish.parameters.filter((parameter: any) => parameter.in === 'header');
    expect(headers.map((header: any) => header.name)).toEqual(['Idempotency-Key', 'If-Match']);
    const subjectId = establish.parameters.find((parameter: any) => parameter.name === 'subjectId');
    expect(subjectId.schema.pattern).toBe('^[A-Za-z0-9._:-]{1,128}$');
    expect(Object.keys(document.paths['/v1/changes'].get.responses['200'].content)).toEqual([
      'text/event-stream',
    ]);
    const { schemas } = document.components;
    expect(schemas.EstablishBasisDto).toMatchObject({ additionalProperties: false });
    expect(schemas.EstablishBasisDto.properties.occurredAt.format).toBe('date-time');
    expect(schemas.Decision.properties.at.format).toBe('date-time');
    expect(document.paths['/v1/permissions/check'].post.responses['413']).toBeDefined();
    expect(establish.responses['429'].headers['Retry-After']).toBeDefined();
    const check = document.paths['/v1/subjects/{subjectId}/permissions/{purpose}'].get;
    expect(check.responses['503'].headers['Retry-After']).toBeDefined();
  });

  it('documents X-Request-Id on every route and in every answer', () => {
    expect(document.components.parameters.RequestId).toMatchObject({ name: 'X-Request-Id', in: 'header' });
    expect(document.components.headers.RequestId).toMatchObject({ required: true });
    for (const { path, method, operation } of operations()) {
      const answers = Object.entries(operation.responses as Record<string, any>).map(([status, answer]) => ({
        status,
        header: answer.headers?.['X-Request-Id'],
      }));
      expect({ path, method, parameters: operation.parameters, answers }).toEqual({
        path,
        method,
        parameters: expect.arrayContaining([{ $ref: '#/components/parameters/RequestId' }]),
        answers: answers.map(({ status }) => ({
          status,
          header: { $ref: '#/components/headers/RequestId' },
        })),
      });
    }
  });
});

/** The statuses among 401, 429 and 503 that a route documents as problems. */
function problemMedia(responses: Record<string, any>): string[] {
  return ['401', '429', '503'].filter((status) => responses[status]?.content?.['application/problem+json']);
}
