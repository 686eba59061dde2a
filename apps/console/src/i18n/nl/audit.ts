import type { audit as english } from '../en/audit';

export const audit: typeof english = {
  purposeView: {
    showFolded: 'Doelen zonder gebeurtenissen tonen ({count})',
    allFolded: 'Geen enkel doel van deze betrokkene heeft een gebeurtenis.',
    history: 'Geschiedenis',
    historyOf: 'Geschiedenis van {purpose}',
  },
  /** De doelen van de standaardcatalogus; de catalogus zelf beschrijft ze alleen in het Engels. */
  purposeDescription: {
    collection:
      'Incasso van vorderingen van opdrachtgevers op debiteuren: controleren of de overgedragen vorderingen kloppen en debiteuren aanschrijven om ze te innen.',
    'credit-check-sharing':
      'Naam en adres, het openstaande bedrag en het betaalgedrag doorgeven aan het gelieerde Direct Pay Services B.V., dat ze gebruikt om het kredietrisico van debiteuren te beoordelen en fraude te voorkomen en op te sporen.',
    'credit-management':
      'Statistische modellen ontwikkelen die incassoportefeuilles indelen, om het incassoresultaat te verbeteren.',
    'debtor-contact': 'Contact met de debiteur tijdens de incasso, zodat die zo soepel mogelijk verloopt.',
    payouts:
      'Opdrachtgevers uitbetalen en debiteuren terugbetalen wat zij betaalden maar niet verschuldigd waren.',
    'rights-verification':
      'De identiteit controleren van wie een AVG-recht uitoefent, zo nodig met een kopie van een identiteitsbewijs die wordt vernietigd zodra de identiteit is vastgesteld.',
    'call-recording':
      'Telefoongesprekken met opdrachtgevers en debiteuren opnemen, om de dienstverlening te verbeteren en als bewijs.',
    'client-contract':
      'De overeenkomst met een opdrachtgever uitvoeren: de opdrachtgever controleren bij het sluiten ervan, contact met de opdrachtgever, en betalingen doen en boeken.',
    'prospect-contact': 'Contact met prospects met het oog op een overeenkomst (direct marketing).',
    'supplier-contact': 'Contact met (de contactpersonen van) externe partijen en dienstverleners.',
    recruitment: 'Sollicitatieprocedures voeren om vacatures te vervullen.',
    'fiscal-retention': 'Administratie bewaren voor de wettelijke fiscale bewaarplicht van zeven jaar.',
    statistics: 'Statistiek, historisch onderzoek en archivering, op gepseudonimiseerde gegevens.',
    'legal-claims':
      'Rechtsvorderingen instellen, uitoefenen of verdedigen, bijvoorbeeld een dossier overdragen aan een gerechtsdeurwaarder.',
  },
  objectionNote: {
    status: { pending: 'nog niet beslist', upheld: 'gegrond verklaard' },
    basis:
      'Er geldt een bezwaar tegen dit doel ({status}, ontvangen {date}), maar de gebruikte grondslag ({legalBasis}) is er geen waartegen bezwaar kan worden gemaakt: art. 21 lid 1 gaat alleen over gerechtvaardigd belang en algemeen belang.',
    none: 'Er geldt een bezwaar tegen dit doel ({status}, ontvangen {date}), maar art. 21 is op dit doel niet van toepassing: het bezwaar houdt hier niets tegen.',
    'consent-after':
      'Er geldt een bezwaar tegen dit doel (ontvangen {date}), maar de betrokkene heeft daarna opnieuw toestemming gegeven, waardoor de verwerking weer mag (art. 21 lid 3).',
    'claims-pending':
      'Over een bezwaar tegen dit doel is nog niet beslist (ontvangen {date}); voor rechtsvorderingen houdt het de verwerking pas tegen als het gegrond is verklaard (art. 18 lid 2 en art. 21 lid 1).',
  },
  unknownSubject: {
    title: 'Geen gebeurtenissen voor betrokkene {id}',
    body: 'Het register heeft niets over deze betrokkene vastgelegd: geen grondslag, bezwaar, verzoek of iets anders. Controleer het id; een verkeerd getypt id ziet er precies zo uit. Er wordt hier niets aangeboden, want er is niets om op te handelen.',
    again: 'Een andere betrokkene zoeken',
  },
  exportPanel: {
    title: 'Export',
    intro:
      'Alles wat het register over deze betrokkene bewaart, als één bestand (art. 15 en 20): als JSON, of als JSON-LD in de W3C Data Privacy Vocabulary voor andere toestemmingssystemen.',
    json: 'JSON downloaden',
    dpv: 'DPV JSON-LD downloaden',
    downloaded: '{file} gedownload.',
  },
  history: {
    title: 'Geschiedenis van {purpose} voor {id}',
    intro:
      'Elke wijziging van de beslissing over dit doel, in werkelijke tijd, zoals het register die nu kent.',
    back: 'Betrokkene {id}',
    empty: 'De beslissing over dit doel is nooit veranderd: geen gebeurtenis betreft het.',
    at: 'Vanaf',
    decision: 'Beslissing',
    reasons: 'Redenen',
    cause: 'Veranderd door',
    inForce: 'van kracht aan het begin van de geschiedenis',
    basisStarted: 'de grondslag ging in',
    basisExpired: 'de grondslag liep af',
  },
  logVerification: {
    nav: 'Verificatie',
    title: 'Verificatie van het hele register',
    intro:
      'Leest het hele register en controleert de hashketen van elke betrokkene en het register zelf: posities lopen op, de gebeurtenissen van elke betrokkene staan op volgorde, en geen gebeurtenis komt twee keer voor. Een keten kan niet laten zien dat de laatste gebeurtenissen zijn verwijderd: vergelijk de kop-hashes met elders bewaarde kopieën.',
    run: 'Het hele register verifiëren',
    running: 'Het hele register wordt gelezen…',
    valid: 'Intact: {events} gebeurtenissen van {streams} betrokkenen, tot positie {position}.',
    empty: 'Het register is leeg: er is niets te verifiëren.',
    broken: 'Gebroken: {count} problemen gevonden in {events} gebeurtenissen van {streams} betrokkenen.',
    checkedAt: 'Gecontroleerd {time}.',
    breaks: 'Gevonden problemen (de eerste 100)',
    subject: 'Betrokkene',
    revision: 'Revisie',
    position: 'Positie',
    problem: 'Probleem',
  },
};
