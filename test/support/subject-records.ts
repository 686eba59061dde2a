import { HttpTestCaller, RoleName } from './http-test-caller';
import { NOTICE } from './lawful-bodies';
import { SubjectOnLedger } from './subject-on-ledger';

/** An instant `days` before now, as the ledger writes times. */
export const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

/**
 * What a browser suite records before the console shows it, as the back office (or, where only the DPO may,
 * the DPO) would, days ago where it matters. Each command must be accepted (`SubjectOnLedger`), so a set-up
 * the ledger refuses fails where it happened instead of leaving a page that shows something else.
 */
export class SubjectRecords {
  constructor(private readonly ledger: HttpTestCaller) {}

  private record(subjectId: string, route: string, body: object, role: RoleName = 'operator') {
    return new SubjectOnLedger(this.ledger, subjectId).command(route, body, role);
  }

  /** A basis with the evidence version 2 asks for, established `days` ago; `more` adds to its body. */
  basis(subjectId: string, purpose: string, legalBasis: string, days = 40, more: object = {}) {
    const notice = legalBasis === 'consent' ? { noticeVersion: NOTICE } : {};
    const evidence = legalBasis === 'legal-obligation' ? {} : { evidence: `file ${purpose} 2026-0042` };
    const body = { purpose, legalBasis, occurredAt: daysAgo(days), ...evidence, ...notice, ...more };
    return this.record(subjectId, 'bases', body);
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
    return this.record(subjectId, 'notices', { noticeVersion: NOTICE, channel });
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
