import type { RecipientKind } from '@ledger/domain/catalogue/purpose';

/** Recipients, art. 19 notifications, privacy statements given and what is due (contract section 7). */
export const recipients = {
  notifications: {
    nav: 'Notifications',
    title: 'Art. 19 notifications owed',
    intro:
      'Oldest first. Each recipient that received data before it was restricted, erased or rectified must be told, unless that proves impossible or involves disproportionate effort (art. 19).',
    empty: 'No notification is owed.',
    subject: 'Subject',
    about: 'About',
    recipient: 'Recipient',
    action: 'Action',
    record: 'Record…',
    eventOn: '{type}, {date}',
  },
  notifyDialog: {
    title: 'Record the notification of {recipient}?',
    notified: 'Records that {recipient} was told (art. 19) about: {event}. It leaves the queue.',
    exception:
      'Records that {recipient} is not told (art. 19: {outcome}) about: {event}. The note says why; it leaves the queue.',
    outcome: 'Outcome',
    noteRequired: 'Say why telling this recipient is impossible or would take disproportionate effort.',
    confirm: 'Record notification',
  },
  recipientsPanel: {
    title: 'Recipients',
    none: 'No recipient received or may receive data of this subject.',
    received: 'Received data',
    mayReceive: 'May receive data under the catalogue, received none',
    disclosure: '{date}: {purpose}',
    kind: {
      client: 'client',
      'group-company': 'group company',
      'third-party': 'third party',
      processor: 'processor',
      authority: 'authority',
    } satisfies Record<RecipientKind, string>,
  },
  notices: {
    title: 'Privacy statements given',
    none: 'No privacy statement recorded as given.',
    given: '{version}, {date} · {channel}',
    recordTitle: 'Record a privacy statement given',
    version: 'Version',
    record: 'Record…',
    dialogTitle: 'Record that {id} was given the privacy statement?',
    consequence:
      'Records that the person was given the privacy statement {version} ({language}, published {published}); channel: {channel} (arts. 13 and 14).',
    confirm: 'Record privacy statement',
  },
  due: {
    nav: 'Due',
    title: 'Due',
    erasuresTitle: 'Erasures due (art. 5(1)(e))',
    erasuresIntro: 'Oldest first: subjects whose data is kept longer than necessary.',
    erasuresEmpty: 'No erasure is due.',
    noticesTitle: 'Privacy statements due (art. 14(3)(a))',
    noticesIntro:
      'Oldest first: subjects whose first basis was established more than a month ago and who were given no privacy statement.',
    noticesEmpty: 'No privacy statement is due.',
    subject: 'Subject',
    since: 'Since',
    why: 'Why',
    retentionEnded: 'Erased, but no kept purpose has an active basis any more: narrow the retention.',
    noActiveBasis: 'No active basis for any purpose for longer than the grace period, and no open request.',
  },
};
