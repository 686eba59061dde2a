import { randomUUID } from 'node:crypto';
import { CommandBus } from '@nestjs/cqrs';
import type { LedgerCommand } from '@ledger/domain';
import { RecordCommand } from '../../apps/ledger-api/src/commands/record-command';
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
    const requestId = randomUUID();
    const command = { type: 'ReceiveRequest', requestId, right, channel, occurredAt: daysAgo(days) };
    await this.command(subjectId, command as LedgerCommand);
    return requestId;
  }

  /**
   * The commands of contract sections 6 and 7 through the ledger's own command bus, the way their routes
   * send them, until the API has those routes.
   */
  async command(subjectId: string, command: LedgerCommand) {
    const actor = { name: 'back-office', role: 'operator' };
    const bus = this.ledger.provider(CommandBus);
    return bus.execute(new RecordCommand({ subjectId, command, actor }));
  }
}
