import type { dialogs as english } from '../en/dialogs';

const notApplicable =
  'Art. 21 is niet van toepassing op {purposes}: de beslissing verandert daar niets; beantwoord de betrokkene via het verzoekenregister.';

export const dialogs: typeof english = {
  dialogs: {
    cancel: 'Annuleren',
    applyTitle: 'Deze beperking toepassen?',
    applyStops:
      'Vanaf nu worden deze doelen geweigerd (RESTRICTED) totdat de beperking wordt opgeheven: {purposes}.',
    applyContinues: 'Deze mogen doorgaan, omdat ze onder beperking zijn toegestaan: {purposes}.',
    applyStopsNothing: 'Ze stopt geen enkel doel: elk doel dat ze raakt, is onder beperking toegestaan.',
    applyConfirm: 'Beperking toepassen',
    liftTitle: 'Deze beperking opheffen?',
    liftResumes:
      'Verwerking die ze stopte, mag direct weer doorgaan waar een rechtsgrond dat toestaat: {purposes}.',
    liftReason: 'Waarom de beperking eindigt',
    liftInformed: 'Wanneer de betrokkene is ingelicht (uw lokale tijd)',
    liftInformedHint:
      'Art. 18 lid 3: de betrokkene wordt ingelicht voordat de beperking wordt opgeheven, dus uiterlijk nu.',
    liftConfirm: 'Beperking opheffen',
    decideTitle: 'Beslissen over het bezwaar van {id}',
    outcome: 'Uitkomst',
    upheld: 'Gegrond: het bezwaar slaagt',
    overridden: 'Afwijzen: de verwerking gaat door (art. 21 lid 1)',
    absoluteOnly:
      'Een bezwaar tegen {purposes} is absoluut (art. 21 lid 3 en 6): het kan niet worden afgewezen, alleen gegrond verklaard.',
    motivation: 'Motivering',
    motivationClaim: 'Motivering: de rechtsvordering',
    motivationRequired:
      'Voor het afwijzen van een bezwaar zijn de dwingende gerechtvaardigde gronden nodig (art. 21 lid 1).',
    motivationClaimRequired:
      'Noem voor {purposes} de rechtsvordering waarvoor de verwerking nodig is: de instelling, uitoefening of onderbouwing ervan (art. 21 lid 1).',
    consequence: {
      upheld: {
        balancing:
          'Verwerking voor {purposes} op grond van gerechtvaardigd belang of algemeen belang stopt definitief (OBJECTION_UPHELD).',
        claims:
          'Verwerking voor {purposes} op grond van gerechtvaardigd belang of algemeen belang stopt: geen rechtsvordering gaat voor (OBJECTION_UPHELD).',
        absolute:
          'Verwerking voor {purposes} blijft op elke grondslag gestopt; alleen een later gegeven toestemming kan haar hervatten (art. 21 lid 3 en 6).',
        none: notApplicable,
      },
      overridden: {
        balancing:
          'Verwerking voor {purposes} mag doorgaan op grond van gerechtvaardigd belang; uw motivering wordt vastgelegd als de dwingende gerechtvaardigde gronden (art. 21 lid 1).',
        claims:
          'Verwerking voor {purposes} mag doorgaan voor de rechtsvordering die uw motivering noemt (art. 21 lid 1).',
        absolute:
          'Verwerking voor {purposes} blijft gestopt: een bezwaar tegen direct marketing of statistiek kan niet worden afgewezen (art. 21 lid 3 en 6).',
        none: notApplicable,
      },
    },
    decideConfirm: 'Beslissing vastleggen',
    withdrawTitle: 'Vastleggen dat {id} dit bezwaar heeft ingetrokken?',
    withdrawConsequence:
      'Vanaf nu blokkeert het bezwaar niets meer: verwerking voor {purposes} mag weer doorgaan waar een rechtsgrond dat toestaat.',
    withdrawEvidence: 'Bewijs dat de betrokkene het heeft ingetrokken',
    withdrawEvidenceHint: 'Het kenmerk van de brief, de e-mail of de gespreksnotitie.',
    withdrawConfirm: 'Intrekking vastleggen',
    eraseTitle: 'Het wissen van {id} vastleggen?',
    eraseConsequence:
      'Dit kan niet ongedaan worden gemaakt. Elk doel dat niet wordt behouden, wordt vanaf nu geweigerd (ERASED), en de persoonlijke vrije tekst in de gebeurtenissen van deze betrokkene wordt direct onleesbaar, behalve het bewijs voor de behouden doelen. Daarna kan alleen nog worden vastgelegd wat de behouden doelen betreft; wie terugkomt, krijgt een nieuwe betrokkene-id.',
    eraseActive: 'Doelen met een geldige grondslag',
    eraseNoActive: 'Geen doel heeft een geldige grondslag.',
    eraseKeep: 'Behouden vanwege {exemption}',
    eraseNoExemption: 'Gewist: geen uitzondering van art. 17 lid 3',
    eraseErased: 'Vanaf nu geweigerd (ERASED): {purposes}.',
    eraseRetained: 'Behouden op grond van art. 17 lid 3: {purposes}.',
    eraseRetainsNothing: 'Er wordt geen doel behouden.',
    eraseKeepsNoneOf: 'Er wordt geen doel behouden, hoewel art. 17 lid 3 toestaat {purposes} te behouden.',
    suppressionWhy:
      'Er geldt een bezwaar tegen {purposes}. Wie bezwaar maakte tegen direct marketing, mag niet opnieuw worden benaderd onder een nieuwe betrokkene-id (art. 21 lid 3); daarom legt het wissen de referenties vast waaraan de afmelding wordt herkend. Deze blijven leesbaar.',
    suppressionRefs: 'Suppressiereferenties, één per regel',
    suppressionHint:
      'Ondoorzichtige referenties zoals een gesleutelde hash van het e-mailadres, nooit het adres zelf. Laat leeg als er niets is waaraan de betrokkene te herkennen is.',
    eraseTypeId: 'Typ ter bevestiging de betrokkene-id',
    eraseConfirm: 'Wissen vastleggen',
    narrowTitle: 'De bewaring voor {id} inperken?',
    narrowConsequence:
      'Dit kan niet ongedaan worden gemaakt. De doelen die u weglaat, worden vanaf nu geweigerd (ERASED), en het bewijs dat ervoor leesbaar bleef, wordt onleesbaar.',
    narrowKept: 'Nu behouden doelen',
    narrowLeftOut: 'Niet langer behouden: {purposes}.',
    narrowNothingLeftOut: 'Laat ten minste één doel weg om de bewaring in te perken.',
    narrowConfirm: 'Bewaring inperken',
  },
};
