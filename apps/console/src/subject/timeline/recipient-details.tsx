import type { DetailRenderers } from './detail-kit';

/** Disclosures to recipients and the art. 19 notifications owed to them (contract section 7). */
export const recipientDetails = {
  DataDisclosed: ({ data }, k) => [
    ...k.recipient(data.recipientId),
    ...k.personal(k.t.fields.recipientRef, data.recipientRef),
    ...k.id(k.t.fields.purpose, data.purpose),
    ...k.list(k.t.fields.dataCategories, data.dataCategories),
  ],
  RecipientNotified: ({ data }, k) => [
    ...k.event(k.t.fields.about, data.about),
    ...k.recipient(data.recipientId),
    ...k.word(k.t.fields.outcome, k.t.notificationOutcome[data.outcome]),
    ...k.word(k.t.fields.channel, data.channel && k.t.channel[data.channel]),
    ...k.personal(k.t.fields.note, data.note),
  ],
} satisfies Partial<DetailRenderers>;
