import type { ObjectionRule } from '@ledger/domain/catalogue/purpose';

/** The confirmation dialogs: each states its consequence before anything is recorded. */
export const dialogs = {
  dialogs: {
    cancel: 'Cancel',
    applyTitle: 'Apply this restriction?',
    applyStops:
      'From now on these purposes are refused (RESTRICTED) until the restriction is lifted: {purposes}.',
    applyContinues: 'These may continue, as allowed under restriction: {purposes}.',
    applyStopsNothing: 'It stops no purpose: every purpose it covers may continue under restriction.',
    applyConfirm: 'Apply restriction',
    liftTitle: 'Lift this restriction?',
    liftResumes: 'Processing it stopped may resume at once, wherever a legal basis permits it: {purposes}.',
    liftReason: 'Why the restriction ends',
    liftInformed: 'When the person was told (your local time)',
    liftInformedHint: 'Art. 18(3): the person is told before the restriction is lifted, so at or before now.',
    liftConfirm: 'Lift restriction',
    decideTitle: 'Decide the objection of {id}',
    outcome: 'Outcome',
    upheld: 'Uphold: the objection stands',
    overridden: 'Override: the processing goes on (art. 21(1))',
    absoluteOnly:
      'An objection to {purposes} is absolute (art. 21(3), (6)): it cannot be overridden, only upheld.',
    motivation: 'Motivation',
    motivationClaim: 'Motivation: the legal claim',
    motivationRequired: 'Overriding an objection needs the compelling legitimate grounds (art. 21(1)).',
    motivationClaimRequired:
      'For {purposes}, name the legal claim the processing is needed for: to establish, exercise or defend it (art. 21(1)).',
    consequence: {
      upheld: {
        balancing:
          'Processing for {purposes} on legitimate interests or public task stops for good (OBJECTION_UPHELD).',
        claims:
          'Processing for {purposes} on legitimate interests or public task stops: no legal claim prevails (OBJECTION_UPHELD).',
        absolute:
          'Processing for {purposes} stays stopped on every basis; only a consent given later can restart it (art. 21(3), (6)).',
        none: 'Art. 21 does not apply to {purposes}: the decision changes nothing there; answer the person through the request register.',
      } satisfies Record<ObjectionRule, string>,
      overridden: {
        balancing:
          'Processing for {purposes} may continue on legitimate interests; your motivation is recorded as the compelling legitimate grounds (art. 21(1)).',
        claims:
          'Processing for {purposes} may continue for the legal claim your motivation names (art. 21(1)).',
        absolute:
          'Processing for {purposes} stays stopped: an objection to direct marketing or statistics cannot be overridden (art. 21(3), (6)).',
        none: 'Art. 21 does not apply to {purposes}: the decision changes nothing there; answer the person through the request register.',
      } satisfies Record<ObjectionRule, string>,
    },
    decideConfirm: 'Record decision',
    withdrawTitle: 'Record that {id} withdrew this objection?',
    withdrawConsequence:
      'From now on the objection blocks nothing: processing for {purposes} may resume wherever a legal basis permits it.',
    withdrawEvidence: 'Evidence that the person withdrew it',
    withdrawEvidenceHint: 'The reference of their letter, e-mail or call note.',
    withdrawConfirm: 'Record withdrawal',
    eraseTitle: 'Record the erasure of {id}?',
    eraseConsequence:
      "This cannot be undone. Every purpose not kept is refused from now on (ERASED), and the personal free text in this subject's events becomes unreadable at once, but for the evidence of the purposes kept. Afterwards only what concerns the kept purposes can be recorded; a person who returns gets a new subject id.",
    eraseActive: 'Purposes with an active basis',
    eraseNoActive: 'No purpose has an active basis.',
    eraseKeep: 'Keep under {exemption}',
    eraseNoExemption: 'Erased: no art. 17(3) exemption',
    eraseErased: 'Refused from now on (ERASED): {purposes}.',
    eraseRetained: 'Kept under art. 17(3): {purposes}.',
    eraseRetainsNothing: 'No purpose is kept.',
    eraseKeepsNoneOf: 'No purpose is kept, although art. 17(3) allows keeping {purposes}.',
    suppressionWhy:
      'An objection to {purposes} is in force. A person who objected to direct marketing must not be approached again under a new subject id (art. 21(3)), so the erasure records the references by which their opt-out is recognised. These stay readable.',
    suppressionRefs: 'Suppression refs, one per line',
    suppressionHint:
      'Opaque references such as a keyed hash of the e-mail address, never the address itself. Leave empty when there is nothing to recognise the person by.',
    eraseTypeId: 'Type the subject id to confirm',
    eraseConfirm: 'Record erasure',
    narrowTitle: 'Narrow the retention of {id}?',
    narrowConsequence:
      'This cannot be undone. The purposes left out are refused from now on (ERASED), and the evidence kept readable for them becomes unreadable.',
    narrowKept: 'Purposes kept now',
    narrowLeftOut: 'No longer kept: {purposes}.',
    narrowNothingLeftOut: 'Leave out at least one purpose to narrow the retention.',
    narrowConfirm: 'Narrow the retention',
  },
};
