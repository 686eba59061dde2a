/** Data-subject requests (contract section 6): the queue, a request's page, its steps and their dialogs. */
export const requests = {
  requests: {
    nav: 'Requests',
    queueTitle: 'Data-subject requests',
    queueIntro:
      'Earliest deadline first. Art. 12(3) GDPR: answer within one month of receipt, or three once extended.',
    show: 'Show',
    open: 'Open',
    overdue: 'Overdue',
    empty: 'No request is open.',
    emptyOverdue: 'No request is overdue.',
    subject: 'Subject',
    right: 'Right',
    received: 'Received',
    deadline: 'Deadline',
    remaining: 'Time left',
    identity: 'Identity',
    extendedUntil: 'Extended until',
    verifiedOn: 'verified {date}',
    notVerified: 'not verified',
    notExtended: '—',
    answered: 'Answered {date}: {outcome}',
    panelTitle: 'Requests',
    panelNone: 'No request recorded.',
    receiveTitle: 'Record a request received',
    receivedAt: 'Received (your local time; empty: now)',
    receive: 'Record request…',
    pageTitle: '{right}: request of {id}',
    notFound: 'This subject has no such request.',
    backToSubject: 'Subject {id}',
    steps: 'Steps',
    history: 'What was recorded',
    verify: 'Record the identity check…',
    extend: 'Extend the deadline…',
    complete: 'Record the answer…',
    noStep: 'Nothing is left to record for this request.',
  },
  requestDialogs: {
    receiveTitle: 'Record a request of {id}: {right}?',
    receiveConsequence:
      'Received {date}: it must be answered by {deadline} (art. 12(3): one month after receipt).',
    receiveConfirm: 'Record request',
    verifyTitle: 'Record how the identity was checked?',
    verifyConsequence:
      'Records that the requester is the person the request is about, established by: {method}. The deadline does not move (art. 12(6)).',
    method: 'Method',
    noteNeeded:
      'Say why this was enough. A check must be proportionate: ask for more only where there is reasonable doubt (art. 12(6); EDPB Guidelines 01/2022).',
    verifyConfirm: 'Record identity check',
    extendTitle: 'Extend the deadline of this request?',
    extendConsequence:
      'The deadline moves from {deadline} to {extendedUntil}: three months after receipt, the one extension art. 12(3) allows. Tell the person within the first month, with the reasons for the delay.',
    extendReason: 'Why the request needs more time',
    extendConfirm: 'Extend deadline',
    completeTitle: 'Record the answer to this request ({right})?',
    completeGranted: 'The request is answered as granted today, and leaves the open requests.',
    completeNotGranted:
      'The request is answered today ({outcome}), and leaves the open requests. The person must have been told why, and that they may complain to the Autoriteit Persoonsgegevens and go to court (art. 12(4)).',
    outcome: 'Outcome',
    identityFirst:
      'The identity is not verified. {right} discloses or changes data, so the request can only be refused until the identity is checked (art. 12(6)).',
    refusalGround: 'Refusal ground',
    motivation: 'Motivation: why not everything asked for is done',
    remediesInformed:
      'The person was told they may complain to the Autoriteit Persoonsgegevens and go to court (art. 12(4))',
    completeConfirm: 'Record answer',
  },
};
