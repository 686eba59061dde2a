import { StoredEvent } from '@ledger/event-store';

/**
 * A view the read side keeps besides every subject's history (the objections queue, say). The read side hands
 * it each event once, in log order, before it reports the event's position as applied, so a read model is
 * exactly as current as the permission answers.
 */
export interface ReadModel {
  apply(event: StoredEvent): void;
}

/** The read models the read side feeds: one provider that lists them (see `app.module.ts`). */
export const READ_MODELS = Symbol('READ_MODELS');
