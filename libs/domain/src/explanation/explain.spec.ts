import { decide } from '../decision/decide';
import fc from 'fast-check';
import { HistoryEvent, RESTRICTION_GROUNDS, WITHDRAWAL_REASONS } from '../events';
import { day, PURPOSES, SECRET, steps } from '../testing/arbitraries';
import { record } from '../testing/history';
import {
  basis,
  erasure,
  lifted,
  objection,
  overridden,
  restriction,
  t,
  upheld,
  withdrawn,
} from '../testing/events';
import { catalogue, purposeOf } from '../testing/specification';
import { explain } from './explain';
import { LANGUAGES, Language } from './phrasebook';

/** Given a history, when the decision on a purpose at a moment is explained in a language, then it says why. */
function explained(history: HistoryEvent[], purpose: string, at: string, language: Language): string {
  const definition = purposeOf(purpose);
  return explain(decide(history, definition, at), definition, language, history);
}

describe('explain', () => {
  const at = t('2026-11-24');

  describe('a permitted decision', () => {
    const history = [basis('b1', 'collection', 'contract', { at: t('2026-01-10') })];

    it('explain_WhenPermittedInEnglish_NamesPurposeBasisAndSince', () => {
      expect(explained(history, 'collection', at, 'en')).toBe(
        'Processing for debt collection is permitted on the basis of the contract (basis b1, valid since 10 January 2026).',
      );
    });

    it('explain_WhenPermittedInDutch_NamesPurposeBasisAndSince', () => {
      expect(explained(history, 'collection', at, 'nl')).toBe(
        'Verwerking voor incasso is toegestaan op grond van de overeenkomst (grondslag b1, geldig sinds 10 januari 2026).',
      );
    });

    it('explain_WhenBasisHasAnEnd_SaysUntilWhen', () => {
      const fiscal = [
        basis('b1', 'fiscal-retention', 'legal-obligation', {
          at: t('2026-11-24'),
          validUntil: t('2033-11-24'),
        }),
      ];
      expect(explained(fiscal, 'fiscal-retention', at, 'en')).toContain(
        'on the basis of a legal obligation (basis b1, valid from 24 November 2026 until 24 November 2033)',
      );
      expect(explained(fiscal, 'fiscal-retention', at, 'nl')).toBe(
        'Verwerking voor de fiscale bewaarplicht is toegestaan op grond van een wettelijke verplichting ' +
          '(grondslag b1, geldig van 24 november 2026 tot 24 november 2033).',
      );
    });

    it('explain_WhenObjectionOverridden_AddsWhyProcessingContinues', () => {
      const overruled = [
        basis('b1', 'credit-check-sharing', 'legitimate-interests', { at: t('2026-01-10') }),
        objection('o1', ['credit-check-sharing'], { at: t('2026-11-20') }),
        overridden('o1', { at: t('2026-11-22') }),
      ];
      expect(explained(overruled, 'credit-check-sharing', at, 'en')).toContain(
        'An objection was overridden on 22 November 2026, because compelling legitimate grounds',
      );
      expect(explained(overruled, 'credit-check-sharing', at, 'nl')).toBe(
        'Verwerking voor kredietwaardigheidstoetsing is toegestaan op grond van een gerechtvaardigd belang ' +
          '(grondslag b1, geldig sinds 10 januari 2026). Een bezwaar is op 22 november 2026 afgewezen, omdat ' +
          'dwingende gerechtvaardigde gronden voor de verwerking zwaarder wegen.',
      );
    });

    it('explain_WhenRestrictedButExempt_SaysThePurposeMayContinue', () => {
      const restricted = [
        basis('b1', 'legal-claims', 'legitimate-interests', { at: t('2026-01-10') }),
        restriction('r1', { at: t('2026-11-01'), ground: 'legal-claims' }),
      ];
      expect(explained(restricted, 'legal-claims', at, 'en')).toContain(
        'Processing has been restricted since 1 November 2026 because the subject needs the data for a legal claim, but this purpose may continue',
      );
      expect(explained(restricted, 'legal-claims', at, 'nl')).toContain(
        'De verwerking is sinds 1 november 2026 beperkt, omdat de betrokkene de gegevens nodig heeft voor een ' +
          'rechtsvordering, maar dit doel mag tijdens de beperking doorgaan.',
      );
    });
  });

  describe('a denied decision', () => {
    const interests = basis('b1', 'credit-check-sharing', 'legitimate-interests', { at: t('2026-01-10') });
    const cases: [string, HistoryEvent[], string, string, string][] = [
      [
        'no basis',
        [],
        'collection',
        'no legal basis for this purpose has been recorded',
        'er is geen grondslag voor dit doel vastgelegd',
      ],
      [
        'erased',
        [basis('b1', 'collection', 'contract'), erasure({ at: t('2026-03-03') })],
        'collection',
        "the subject's data was erased on 3 March 2026",
        'de gegevens van de betrokkene zijn op 3 maart 2026 gewist',
      ],
      [
        'restricted',
        [basis('b1', 'collection', 'contract'), restriction('r1', { at: t('2026-03-03') })],
        'collection',
        'processing has been restricted since 3 March 2026 because the accuracy of the data is contested',
        'de verwerking is sinds 3 maart 2026 beperkt, omdat de juistheid van de gegevens wordt betwist',
      ],
      [
        'withdrawn',
        [basis('b1', 'recruitment', 'consent'), withdrawn('b1', 'recruitment', { at: t('2026-05-05') })],
        'recruitment',
        'consent was withdrawn on 5 May 2026, and no other basis may take its place',
        'de toestemming is op 5 mei 2026 ingetrokken, en geen andere grondslag mag daarvoor in de plaats komen',
      ],
      [
        'withdrawn for another reason',
        [
          basis('b1', 'collection', 'contract'),
          withdrawn('b1', 'collection', { at: t('2026-05-05'), reason: 'contract-ended' }),
        ],
        'collection',
        'the basis was withdrawn on 5 May 2026 (contract ended)',
        'de grondslag is op 5 mei 2026 beëindigd (reden: overeenkomst beëindigd)',
      ],
      [
        'consent expired (EDPB 05/2020: no swap to legitimate interests)',
        [
          basis('b1', 'call-recording', 'legitimate-interests'),
          basis('b2', 'call-recording', 'consent', { validUntil: t('2026-07-01') }),
        ],
        'call-recording',
        'consent expired on 1 July 2026, and no other basis may take its place',
        'de toestemming is op 1 juli 2026 verlopen, en geen andere grondslag mag daarvoor in de plaats komen',
      ],
      [
        'consent required (Telecommunicatiewet art. 11.7)',
        [basis('b1', 'prospect-contact', 'legitimate-interests')],
        'prospect-contact',
        "this processing needs the person's prior consent, and legitimate interests does not replace it",
        'voor deze verwerking is vooraf toestemming van de betrokkene nodig, en een gerechtvaardigd belang komt daar niet voor in de plaats',
      ],
      [
        'expired',
        [basis('b1', 'collection', 'contract', { validUntil: t('2026-06-30') })],
        'collection',
        'the basis expired on 30 June 2026',
        'de grondslag is op 30 juni 2026 verlopen',
      ],
      [
        'objection pending',
        [interests, objection('o1', ['credit-check-sharing'], { at: t('2026-11-20') })],
        'credit-check-sharing',
        'an objection filed on 20 November 2026 has not been decided yet',
        'er is op 20 november 2026 bezwaar gemaakt, waarover nog niet is beslist',
      ],
      [
        'objection upheld',
        [interests, objection('o1', ['credit-check-sharing']), upheld('o1', { at: t('2026-11-21') })],
        'credit-check-sharing',
        'an objection was upheld on 21 November 2026',
        'een bezwaar is op 21 november 2026 gegrond verklaard',
      ],
      [
        'absolute objection',
        [
          basis('b1', 'prospect-contact', 'consent'),
          objection('o1', ['prospect-contact'], { at: t('2026-02-01') }),
        ],
        'prospect-contact',
        'the subject objected on 1 February 2026, and an objection to this purpose is absolute',
        'de betrokkene heeft op 1 februari 2026 bezwaar gemaakt, en tegen dit doel geldt een absoluut recht van bezwaar',
      ],
    ];

    it.each(cases)('explain_WhenDenied_%s_SaysWhyInBothLanguages', (_, history, purpose, english, dutch) => {
      const en = explained(history, purpose, at, 'en');
      const nl = explained(history, purpose, at, 'nl');
      expect(en).toMatch(/^Processing for .+ is not permitted: /);
      expect(en).toContain(english);
      expect(nl).toMatch(/^Verwerking voor .+ is niet toegestaan: /);
      expect(nl).toContain(dutch);
      expect(nl.endsWith(`${dutch}.`)).toBe(true);
    });

    it('explain_WhenRestrictionLifted_ExplainsThePermissionAgain', () => {
      const history = [
        basis('b1', 'collection', 'contract', { at: t('2026-01-10') }),
        restriction('r1', { at: t('2026-03-03') }),
        lifted('r1', { at: t('2026-04-04') }),
      ];
      expect(explained(history, 'collection', at, 'nl')).toMatch(/^Verwerking voor incasso is toegestaan/);
    });
  });

  it('explain_ForEveryPurposeBasisGroundAndReason_HasWordsInEveryLanguage', () => {
    for (const language of LANGUAGES) {
      for (const purpose of catalogue.purposes) {
        for (const legalBasis of purpose.legalBases) {
          const history = [basis('b1', purpose.id, legalBasis)];
          expect(explained(history, purpose.id, at, language)).not.toMatch(/undefined|‘|"/);
        }
      }
      for (const ground of RESTRICTION_GROUNDS) {
        const history = [basis('b1', 'collection', 'contract'), restriction('r1', { ground })];
        expect(explained(history, 'collection', at, language)).not.toContain('undefined');
      }
      for (const reason of WITHDRAWAL_REASONS) {
        const history = [basis('b1', 'collection', 'contract'), withdrawn('b1', 'collection', { reason })];
        expect(explained(history, 'collection', at, language)).not.toContain('undefined');
      }
    }
  });

  it('explain_WhenPurposeNotInTheDefaultCatalogue_NamesItById', () => {
    const custom = { ...purposeOf('collection'), id: 'debt-sale' };
    const verdict = decide([], custom, at);
    expect(explain(verdict, custom, 'en', [])).toContain(
      'Processing for the purpose "debt-sale" is not permitted',
    );
    expect(explain(verdict, custom, 'nl', [])).toContain(
      'Verwerking voor het doel ‘debt-sale’ is niet toegestaan',
    );
  });

  it('explain_NeverQuotesFreeText', () => {
    const history = [
      {
        ...basis('b1', 'collection', 'contract'),
        data: { ...basis('b1', 'collection', 'contract').data, evidence: SECRET },
      },
      {
        ...restriction('r1', { at: t('2026-03-03') }),
        data: { restrictionId: 'r1', ground: 'accuracy-contested', note: SECRET },
      },
    ] as HistoryEvent[];
    for (const language of LANGUAGES)
      expect(explained(history, 'collection', at, language)).not.toContain(SECRET);
  });

  it('explain_ForAnyHistory_ExplainsEveryDecisionWithoutFreeText', () => {
    const scenario = fc.record({
      history: steps.map(record),
      purpose: fc.constantFrom(...PURPOSES),
      at: fc.integer({ min: -2, max: 24 }).map((n) => day(n, 12)),
      language: fc.constantFrom(...LANGUAGES),
    });
    fc.assert(
      fc.property(scenario, ({ history, purpose, at: moment, language }) => {
        const text = explained(history, purpose, moment, language);
        expect(text).toMatch(/^(Processing for|Verwerking voor) /);
        expect(text).not.toContain(SECRET);
        expect(text).not.toContain('undefined');
      }),
      { numRuns: 200 },
    );
  });
});
