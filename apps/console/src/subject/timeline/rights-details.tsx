import type { DetailRenderers } from './detail-kit';

/** Data-subject requests and their steps, and rectifications (contract section 6). */
export const rightsDetails = {
  RequestReceived: ({ data }, k) => [
    ...k.word(k.t.fields.right, k.t.right[data.right]),
    ...k.word(k.t.fields.channel, data.channel && k.t.channel[data.channel]),
    ...k.personal(k.t.fields.note, data.note),
  ],
  IdentityVerified: ({ data }, k) => [
    ...k.request(data.requestId),
    ...k.word(k.t.fields.method, k.t.identityMethod[data.method]),
    ...k.personal(k.t.fields.note, data.note),
  ],
  RequestExtended: ({ data }, k) => [
    ...k.request(data.requestId),
    ...k.time(k.t.fields.extendedUntil, data.extendedUntil),
    ...k.personal(k.t.fields.reason, data.reason),
  ],
  RequestCompleted: ({ data }, k) => [
    ...k.request(data.requestId),
    ...k.word(k.t.fields.outcome, k.t.requestOutcome[data.outcome]),
    ...k.word(k.t.fields.refusalGround, data.refusalGround && k.t.refusalGround[data.refusalGround]),
    ...k.personal(k.t.fields.motivation, data.motivation),
    ...k.yesNo(k.t.fields.remediesInformed, data.remediesInformed),
  ],
  RectificationRecorded: ({ data }, k) => [
    ...k.list(k.t.fields.dataCategories, data.dataCategories),
    ...k.personal(k.t.fields.note, data.note),
    ...k.request(data.requestId),
  ],
} satisfies Partial<DetailRenderers>;
