import type { recipients as english } from '../en/recipients';

export const recipients: typeof english = {
  notifications: {
    nav: 'Kennisgevingen',
    title: 'Verschuldigde kennisgevingen (art. 19)',
    intro:
      'Oudste eerst. Elke ontvanger die gegevens kreeg voordat ze werden beperkt, gewist of gerectificeerd, moet dat horen, tenzij dat onmogelijk blijkt of onevenredig veel inspanning vergt (art. 19).',
    empty: 'Er is geen kennisgeving verschuldigd.',
    subject: 'Betrokkene',
    about: 'Over',
    recipient: 'Ontvanger',
    action: 'Actie',
    record: 'Vastleggen…',
    eventOn: '{type}, {date}',
  },
  notifyDialog: {
    title: 'De kennisgeving aan {recipient} vastleggen?',
    notified: 'Legt vast dat {recipient} is ingelicht (art. 19) over: {event}. Ze verdwijnt uit de wachtrij.',
    exception:
      'Legt vast dat {recipient} niet wordt ingelicht (art. 19: {outcome}) over: {event}. De notitie zegt waarom; ze verdwijnt uit de wachtrij.',
    outcome: 'Uitkomst',
    noteRequired:
      'Zeg waarom het inlichten van deze ontvanger onmogelijk is of onevenredig veel inspanning vergt.',
    confirm: 'Kennisgeving vastleggen',
  },
  recipientsPanel: {
    title: 'Ontvangers',
    none: 'Geen ontvanger kreeg of mag gegevens van deze betrokkene krijgen.',
    received: 'Kreeg gegevens',
    mayReceive: 'Mag gegevens krijgen volgens de catalogus, kreeg er geen',
    disclosure: '{date}: {purpose}',
    kind: {
      client: 'opdrachtgever',
      'group-company': 'groepsmaatschappij',
      'third-party': 'derde',
      processor: 'verwerker',
      authority: 'overheid',
    },
  },
  notices: {
    title: 'Verstrekte privacyverklaringen',
    none: 'Geen privacyverklaring als verstrekt vastgelegd.',
    given: '{version}, {date} · {channel}',
    recordTitle: 'Een verstrekte privacyverklaring vastleggen',
    version: 'Versie',
    record: 'Vastleggen…',
    dialogTitle: 'Vastleggen dat {id} de privacyverklaring kreeg?',
    consequence:
      'Legt vast dat de betrokkene de privacyverklaring {version} ({language}, gepubliceerd {published}) kreeg; kanaal: {channel} (art. 13 en 14).',
    confirm: 'Privacyverklaring vastleggen',
  },
  due: {
    nav: 'Te doen',
    title: 'Te doen',
    erasuresTitle: 'Te wissen (art. 5 lid 1 e)',
    erasuresIntro: 'Oudste eerst: betrokkenen van wie gegevens langer worden bewaard dan nodig.',
    erasuresEmpty: 'Er hoeft niets te worden gewist.',
    noticesTitle: 'Te verstrekken privacyverklaringen (art. 14 lid 3 a)',
    noticesIntro:
      'Oudste eerst: betrokkenen van wie de eerste grondslag meer dan een maand geleden is vastgelegd en die geen privacyverklaring kregen.',
    noticesEmpty: 'Er is geen privacyverklaring te verstrekken.',
    subject: 'Betrokkene',
    since: 'Sinds',
    why: 'Waarom',
    retentionEnded: 'Gewist, maar geen behouden doel heeft nog een geldige grondslag: perk de bewaring in.',
    noActiveBasis:
      'Langer dan de respijttermijn geen geldige grondslag voor enig doel, en geen open verzoek.',
  },
};
