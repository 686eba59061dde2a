import type { DetailRenderers } from './detail-kit';

/** Bases, objections, restrictions, erasures and notices (contract section 5). */
export const coreDetails = {
  BasisEstablished: ({ data }, k) => [
    ...k.id(k.t.fields.purpose, data.purpose),
    ...k.word(k.t.fields.legalBasis, k.t.legalBasis[data.legalBasis]),
    ...k.time(k.t.fields.validFrom, data.validFrom),
    ...k.time(k.t.fields.validUntil, data.validUntil),
    ...k.personal(k.t.fields.evidence, data.evidence),
    ...k.id(k.t.fields.noticeVersion, data.noticeVersion),
  ],
  BasisWithdrawn: ({ data }, k) => [
    ...k.id(k.t.fields.purpose, data.purpose),
    ...k.word(k.t.fields.reason, k.t.withdrawal[data.reason]),
    ...k.personal(k.t.fields.note, data.note),
  ],
  ObjectionFiled: ({ data }, k) => [
    ...k.list(k.t.fields.purposes, data.purposes),
    ...k.word(k.t.fields.channel, data.channel && k.t.channel[data.channel]),
    ...k.personal(k.t.fields.grounds, data.grounds),
    ...k.request(data.requestId),
  ],
  ObjectionUpheld: ({ data }, k) => k.personal(k.t.fields.motivation, data.motivation),
  ObjectionOverridden: ({ data }, k) => k.personal(k.t.fields.motivation, data.motivation),
  ObjectionWithdrawn: ({ data }, k) => [
    ...k.personal(k.t.fields.evidence, data.evidence),
    ...k.personal(k.t.fields.note, data.note),
  ],
  RestrictionApplied: ({ data }, k) => [
    ...k.word(k.t.fields.ground, k.t.ground[data.ground]),
    ...k.list(k.t.fields.purposes, data.purposes),
    ...k.list(k.t.fields.dataCategories, data.dataCategories),
    ...k.personal(k.t.fields.note, data.note),
    ...k.request(data.requestId),
  ],
  RestrictionLifted: ({ data }, k) => [
    ...k.personal(k.t.fields.reason, data.reason),
    ...k.time(k.t.fields.subjectInformedAt, data.subjectInformedAt),
  ],
  ErasureCompleted: ({ data }, k) => [
    ...k.list(k.t.fields.retain, data.retain),
    ...k.list(k.t.fields.suppressionRefs, data.suppressionRefs),
    ...k.personal(k.t.fields.note, data.note),
    ...k.request(data.requestId),
  ],
  NoticeProvided: ({ data }, k) => [
    ...k.id(k.t.fields.noticeVersion, data.noticeVersion),
    ...k.word(k.t.fields.channel, k.t.channel[data.channel]),
  ],
} satisfies Partial<DetailRenderers>;
