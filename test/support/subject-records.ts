import { LedgerHarness, RoleName } from './ledger-harness';

/** An instant `days` before now, as the ledger writes times. */
export const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

/**
 * What a browser suite records through the API before the console shows it, each answer checked: a refused
 * record fails the suite where it happened instead of leaving a page that shows something else.
 */
export class SubjectRecords {
  constructor(private readonly ledger: LedgerHarness) {}

  async record(subjectId: string, path: string, body: object, role: RoleName = 'operator') {
    const answer = await this.ledger.post(`/v1/subjects/${subjectId}/${path}`, body, role);
    if (answer.status !== 201) {
      throw new Error(`${path} of ${subjectId}: ${answer.status} ${JSON.stringify(answer.body)}`);
    }
    return answer.body;
  }

  /** A basis with the evidence version 2 asks for, established `days` ago. */
  basis(subjectId: string, purpose: string, legalBasis: string, days = 40) {
    const notice = legalBasis === 'consent' ? { noticeVersion: 'webcasso-2026-1' } : {};
    const evidence = legalBasis === 'legal-obligation' ? {} : { evidence: `file ${purpose} 2026-0042` };
    return this.record(subjectId, 'bases', {
      purpose,
      legalBasis,
      occurredAt: daysAgo(days),
      ...evidence,
      ...notice,
    });
  }

  /** An objection received `days` ago. */
  objection(
    subjectId: string,
    purposes: string[],
    days: number,
    { channel = 'letter', grounds }: { channel?: string; grounds?: string } = {},
  ) {
    const body = { purposes, channel, occurredAt: daysAgo(days), ...(grounds && { grounds }) };
    return this.record(subjectId, 'objections', body);
  }

  notice(subjectId: string, channel = 'letter') {
    return this.record(subjectId, 'notices', { noticeVersion: 'webcasso-2026-1', channel });
  }

  /** A data-subject request received `days` ago; answers its `requestId`. */
  async request(subjectId: string, right: string, days: number, channel = 'letter'): Promise<string> {
    const answer = await this.record(subjectId, 'requests', { right, channel, occurredAt: daysAgo(days) });
    return answer.requestId;
  }

  /** A step of a request: `identity`, `extension` or `completion`. */
  requestStep(subjectId: string, requestId: string, step: string, body: object) {
    return this.record(subjectId, `requests/${requestId}/${step}`, body, 'dpo');
  }

  rectification(subjectId: string, body: { dataCategories: string[]; requestId?: string }) {
    return this.record(subjectId, 'rectifications', body);
  }

  /** What a system handed to a recipient `days` ago. */
  disclosure(
    subjectId: string,
    recipientId: string,
    purpose: string,
    dataCategories: string[],
    days: number,
  ) {
    const body = { recipientId, purpose, dataCategories, occurredAt: daysAgo(days) };
    return this.record(subjectId, 'disclosures', body);
  }

  notification(subjectId: string, body: { about: string; recipientId: string; channel?: string }) {
    return this.record(subjectId, 'notifications', body);
  }
}
