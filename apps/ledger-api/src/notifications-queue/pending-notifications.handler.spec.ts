import { commandsOn, inMemoryLedger, InMemoryLedger } from '../testing/in-memory-ledger';
import { PendingNotifications } from './pending-notifications';
import { PendingNotificationsHandler } from './pending-notifications.handler';
import { PendingNotificationsQuery } from './pending-notifications.query';

describe('PendingNotificationsHandler', () => {
  let ledger: InMemoryLedger;
  let record: ReturnType<typeof commandsOn>;
  let handler: PendingNotificationsHandler;
  beforeEach(async () => {
    const model = new PendingNotifications();
    ledger = await inMemoryLedger({ readModels: [model] });
    record = commandsOn(ledger);
    handler = new PendingNotificationsHandler(ledger.readSide, ledger.catalogues, model);
  });
  afterEach(() => ledger.close());

  const disclose = (subjectId: string, recipientId: string, dataCategories: string[], occurredAt: string) =>
    record(subjectId, {
      type: 'RecordDisclosure',
      disclosureId: `${recipientId}-${occurredAt}`,
      recipientId,
      purpose: 'legal-claims',
      dataCategories,
      occurredAt,
    });
  const pending = async () =>
    (await handler.execute(new PendingNotificationsQuery({}))).notifications.map(
      ({ subjectId, about, recipientId, recipientName }) => [
        subjectId,
        about.type,
        recipientId,
        recipientName,
      ],
    );

  it('execute_Art19_OwesARestrictionOfACategoryOnlyToTheRecipientsThatReceivedIt', async () => {
    await disclose('debtor-1', 'bailiff', ['naw'], '2026-05-01T00:00:00.000Z');
    await disclose('debtor-1', 'clients', ['payments'], '2026-05-02T00:00:00.000Z');
    await record('debtor-1', {
      type: 'ApplyRestriction',
      restrictionId: 'r-1',
      ground: 'accuracy-contested',
      dataCategories: ['naw'],
      occurredAt: '2026-05-10T00:00:00.000Z',
    });
    expect(await pending()).toEqual([
      ['debtor-1', 'RestrictionApplied', 'bailiff', 'Gerechtsdeurwaarder (bailiff)'],
    ]);
  });

  it('execute_OnceTheRecipientIsNotified_OwesNothingMore', async () => {
    await disclose('debtor-1', 'bailiff', ['naw'], '2026-05-01T00:00:00.000Z');
    const erasure = await record('debtor-1', { type: 'CompleteErasure', retain: [] });
    expect(await pending()).toHaveLength(1);
    await record('debtor-1', { type: 'NotifyRecipient', about: erasure.eventId, recipientId: 'bailiff' });
    expect(await pending()).toEqual([]);
  });

  it('execute_ADisclosureRecordedLaterButBackDatedBeforeTheRestriction_MakesItOwed', async () => {
    await record('debtor-1', {
      type: 'ApplyRestriction',
      restrictionId: 'r-1',
      ground: 'unlawful-processing',
      occurredAt: '2026-05-10T00:00:00.000Z',
    });
    expect(await pending()).toEqual([]);
    await disclose('debtor-1', 'clients', ['naw'], '2026-05-01T00:00:00.000Z');
    expect(await pending()).toEqual([['debtor-1', 'RestrictionApplied', 'clients', expect.any(String)]]);
  });
});
