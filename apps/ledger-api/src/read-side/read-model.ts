import { StoredEvent } from '@ledger/event-store';

/**
 * A view the read side keeps across subjects (the objections queue, say). The read side hands it each event
 * once, in log order, before it reports the event's position as applied, so a read model is exactly as current
 * as the permission answers. Its state goes into the read side's checkpoint with that position, so that a start
 * restores it and applies only the events after it.
 */
export interface ReadModel {
  /** Its key in the checkpoint: stable across releases, changed with `CHECKPOINT_FORMAT` when its state's shape changes. */
  readonly checkpointName: string;
  apply(event: StoredEvent): void;
  /** Its state as plain JSON values, taken at once (the read side applies nothing meanwhile). */
  save(): unknown;
  /** Takes the state `save` gave, in place of the empty one it starts with. */
  restore(saved: unknown): void;
}

/** The read models the read side feeds: one provider that lists them (see `app.module.ts`). */
export const READ_MODELS = Symbol('READ_MODELS');
