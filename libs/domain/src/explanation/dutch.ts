import { LegalBasis, RestrictionGround, WithdrawalReason } from '../events';
import { longDate, Phrasebook } from './phrasebook';

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** De doelen van de standaardcatalogus, in de woorden van het privacy statement; andere doelen bij hun id. */
const PURPOSES: Readonly<Record<string, string>> = {
  collection: 'incasso',
  'credit-check-sharing': 'kredietwaardigheidstoetsing',
  'credit-management': 'credit management',
  'debtor-contact': 'contact met de debiteur',
  payouts: 'uitbetalingen',
  'rights-verification': 'identiteitscontrole bij AVG-verzoeken',
  'call-recording': 'het opnemen van telefoongesprekken',
  'client-contract': 'de uitvoering van de overeenkomst met de opdrachtgever',
  'prospect-contact': 'direct marketing aan prospects',
  'supplier-contact': 'contact met leveranciers en externe partijen',
  recruitment: 'werving en selectie',
  'fiscal-retention': 'de fiscale bewaarplicht',
  statistics: 'statistiek en archivering',
  'legal-claims': 'rechtsvorderingen',
};

/** AVG art. 6 lid 1, na "op grond van". */
const LEGAL_BASES: Readonly<Record<LegalBasis, string>> = {
  consent: 'toestemming',
  contract: 'de overeenkomst',
  'legal-obligation': 'een wettelijke verplichting',
  'vital-interests': 'vitale belangen',
  'public-task': 'een taak van algemeen belang',
  'legitimate-interests': 'een gerechtvaardigd belang',
};

/** AVG art. 18 lid 1, als bijzin na "omdat". */
const GROUNDS: Readonly<Record<RestrictionGround, string>> = {
  'accuracy-contested': 'de juistheid van de gegevens wordt betwist',
  'unlawful-processing': 'de verwerking onrechtmatig is',
  'legal-claims': 'de betrokkene de gegevens nodig heeft voor een rechtsvordering',
  'objection-pending': 'een bezwaar nog in behandeling is',
};

const WITHDRAWALS: Readonly<Record<WithdrawalReason, string>> = {
  'consent-withdrawn': 'toestemming ingetrokken',
  'contract-ended': 'overeenkomst beëindigd',
  'no-longer-necessary': 'niet langer noodzakelijk',
  other: 'andere reden',
};

const date = (iso: string) => longDate(iso, MONTHS);

export const DUTCH: Phrasebook = {
  purposeName: (purpose) => PURPOSES[purpose.id] ?? `het doel ‘${purpose.id}’`,

  permitted(purpose, basis) {
    const valid =
      basis.validUntil === undefined
        ? `geldig sinds ${date(basis.validFrom)}`
        : `geldig van ${date(basis.validFrom)} tot ${date(basis.validUntil)}`;
    return (
      `Verwerking voor ${purpose} is toegestaan op grond van ${LEGAL_BASES[basis.legalBasis]} ` +
      `(grondslag ${basis.basisId}, ${valid}).`
    );
  },

  denied(purpose, facts) {
    return `Verwerking voor ${purpose} is niet toegestaan: ${why(facts)}.`;
  },

  remark(facts) {
    if (facts.code === 'OBJECTION_OVERRIDDEN') {
      return `Een bezwaar is op ${date(facts.on)} afgewezen, omdat dwingende gerechtvaardigde gronden voor de verwerking zwaarder wegen.`;
    }
    return `De verwerking is sinds ${date(facts.since)} beperkt, omdat ${GROUNDS[facts.ground]}, maar dit doel mag tijdens de beperking doorgaan.`;
  },
};

function why(facts: Parameters<Phrasebook['denied']>[1]): string {
  switch (facts.code) {
    case 'ERASED':
      return `de gegevens van de betrokkene zijn op ${date(facts.on)} gewist`;
    case 'RESTRICTED':
      return `de verwerking is sinds ${date(facts.since)} beperkt, omdat ${GROUNDS[facts.ground]}`;
    case 'BASIS_WITHDRAWN':
      return facts.reason === 'consent-withdrawn'
        ? `de toestemming is op ${date(facts.on)} ingetrokken, en geen andere grondslag mag daarvoor in de plaats komen`
        : `de grondslag is op ${date(facts.on)} beëindigd (reden: ${WITHDRAWALS[facts.reason]})`;
    case 'BASIS_EXPIRED':
      return facts.legalBasis === 'consent'
        ? `de toestemming is op ${date(facts.on)} verlopen, en geen andere grondslag mag daarvoor in de plaats komen`
        : `de grondslag is op ${date(facts.on)} verlopen`;
    case 'NO_BASIS':
      return 'er is geen grondslag voor dit doel vastgelegd';
    case 'OBJECTION_PENDING':
      return `er is op ${date(facts.filed)} bezwaar gemaakt, waarover nog niet is beslist`;
    case 'OBJECTION_UPHELD':
      return facts.absolute
        ? `de betrokkene heeft op ${date(facts.on)} bezwaar gemaakt, en tegen dit doel geldt een absoluut recht van bezwaar`
        : `een bezwaar is op ${date(facts.on)} gegrond verklaard`;
    case 'CONSENT_REQUIRED':
      return `voor deze verwerking is vooraf toestemming van de betrokkene nodig, en ${LEGAL_BASES[facts.legalBasis]} komt daar niet voor in de plaats`;
    case 'AUTOMATED_DECISION_NOT_ALLOWED':
      return `besluiten voor dit doel worden zonder menselijke tussenkomst genomen, wat alleen ${LEGAL_BASES[facts.needed]} toestaat`;
  }
}
