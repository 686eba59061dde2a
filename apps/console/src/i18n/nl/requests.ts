import type { requests as english } from '../en/requests';

export const requests: typeof english = {
  requests: {
    nav: 'Verzoeken',
    queueTitle: 'Verzoeken van betrokkenen',
    queueIntro:
      'Vroegste uiterste datum eerst. Art. 12 lid 3 AVG: antwoord binnen een maand na ontvangst, of binnen drie na verlenging.',
    show: 'Tonen',
    open: 'Open',
    overdue: 'Te laat',
    empty: 'Geen verzoek staat open.',
    emptyOverdue: 'Geen verzoek is te laat.',
    subject: 'Betrokkene',
    right: 'Recht',
    received: 'Ontvangen',
    deadline: 'Uiterste datum',
    remaining: 'Resterend',
    identity: 'Identiteit',
    extendedUntil: 'Verlengd tot',
    verifiedOn: 'vastgesteld {date}',
    notVerified: 'niet vastgesteld',
    notExtended: '—',
    answered: 'Beantwoord {date}: {outcome}',
    panelTitle: 'Verzoeken',
    panelNone: 'Geen verzoek vastgelegd.',
    receiveTitle: 'Een ontvangen verzoek vastleggen',
    receivedAt: 'Ontvangen (uw lokale tijd; leeg: nu)',
    receive: 'Verzoek vastleggen…',
    pageTitle: '{right}: verzoek van {id}',
    notFound: 'Deze betrokkene heeft zo’n verzoek niet.',
    backToSubject: 'Betrokkene {id}',
    steps: 'Stappen',
    history: 'Wat is vastgelegd',
    verify: 'Identiteitscontrole vastleggen…',
    extend: 'Termijn verlengen…',
    complete: 'Antwoord vastleggen…',
    noStep: 'Voor dit verzoek valt niets meer vast te leggen.',
  },
  requestDialogs: {
    receiveTitle: 'Een verzoek van {id} vastleggen: {right}?',
    receiveConsequence:
      'Ontvangen {date}: het moet uiterlijk {deadline} beantwoord zijn (art. 12 lid 3: een maand na ontvangst).',
    receiveConfirm: 'Verzoek vastleggen',
    verifyTitle: 'Vastleggen hoe de identiteit is gecontroleerd?',
    verifyConsequence:
      'Legt vast dat de verzoeker de persoon is om wie het verzoek gaat, vastgesteld via: {method}. De uiterste datum verschuift niet (art. 12 lid 6).',
    method: 'Methode',
    noteNeeded:
      'Zeg waarom dit volstond. Een controle moet evenredig zijn: vraag alleen meer bij redelijke twijfel (art. 12 lid 6; EDPB-richtsnoeren 01/2022).',
    verifyConfirm: 'Identiteitscontrole vastleggen',
    extendTitle: 'De termijn van dit verzoek verlengen?',
    extendConsequence:
      'De uiterste datum verschuift van {deadline} naar {extendedUntil}: drie maanden na ontvangst, de ene verlenging die art. 12 lid 3 toestaat. Laat het de betrokkene binnen de eerste maand weten, met de redenen van de vertraging.',
    extendReason: 'Waarom het verzoek meer tijd nodig heeft',
    extendConfirm: 'Termijn verlengen',
    completeTitle: 'Het antwoord op dit verzoek vastleggen ({right})?',
    completeGranted:
      'Het verzoek wordt vandaag als toegewezen beantwoord en verdwijnt uit de open verzoeken.',
    completeNotGranted:
      'Het verzoek wordt vandaag beantwoord ({outcome}) en verdwijnt uit de open verzoeken. De betrokkene moet hebben gehoord waarom, en dat hij een klacht kan indienen bij de Autoriteit Persoonsgegevens en naar de rechter kan stappen (art. 12 lid 4).',
    outcome: 'Uitkomst',
    identityFirst:
      'De identiteit is niet vastgesteld. {right} verstrekt of wijzigt gegevens, dus het verzoek kan alleen worden geweigerd tot de identiteit is gecontroleerd (art. 12 lid 6).',
    refusalGround: 'Weigeringsgrond',
    motivation: 'Motivering: waarom niet alles wordt gedaan wat is gevraagd',
    remediesInformed:
      'De betrokkene is gewezen op de klacht bij de Autoriteit Persoonsgegevens en de gang naar de rechter (art. 12 lid 4)',
    completeConfirm: 'Antwoord vastleggen',
  },
};
