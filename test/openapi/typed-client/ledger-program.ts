import createClient from 'openapi-fetch';
import type { components, paths } from '../../artifacts/ledger-api';

type Problem = components['schemas']['Problem'];

/**
 * A small program written only against the types `openapi-typescript` generates from /docs-json: a check, a
 * command sent with If-Match, and the refusal of the same command sent again, narrowed to its problem.
 */
export async function ledgerProgram(
  baseUrl: string,
  keys: { system: string; operator: string },
  subjectId: string,
) {
  const asSystem = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${keys.system}` } });
  const asOperator = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${keys.operator}` } });
  const path = { subjectId };

  const check = await asSystem.GET('/v1/subjects/{subjectId}/permissions/{purpose}', {
    params: { path: { subjectId, purpose: 'collection' }, query: { explain: 'en' } },
  });
  if (!check.data) throw new Error(`the check was refused: ${check.error.code}`);
  const before: boolean = check.data.permitted;

  const body = { purpose: 'collection', legalBasis: 'contract' as const, evidence: 'claim 2026-0042' };
  const established = await asOperator.POST('/v1/subjects/{subjectId}/bases', {
    params: { path, header: { 'If-Match': '"-1"', 'Idempotency-Key': `first-basis-${subjectId}` } },
    body,
  });
  if (!established.data) throw new Error(`the basis was refused: ${established.error.detail}`);
  const revision: number = established.data.revision;

  const again = await asOperator.POST('/v1/subjects/{subjectId}/bases', {
    params: { path, header: { 'If-Match': '"-1"' } },
    body,
  });
  const refusal: Problem | undefined = again.error;
  const code: Problem['code'] | undefined = again.error?.code;

  const after = await asSystem.GET('/v1/subjects/{subjectId}/permissions/{purpose}', {
    params: { path: { subjectId, purpose: 'collection' }, query: { minPosition: established.data.position } },
  });
  return {
    before,
    revision,
    refusal: { status: again.response.status, code, fields: refusal?.fields ?? [] },
    after: after.data?.permitted,
    basisId: after.data?.basis?.basisId,
    createdBasisId: established.data.basisId,
  };
}
