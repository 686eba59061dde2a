import { Query } from '@nestjs/cqrs';

export interface Readiness {
  /** The read side has caught up with the store, and still reaches it. */
  ready: boolean;
  position: string;
}

/** `GET /health/ready`: whether this process may be sent requests. */
export class ReadinessQuery extends Query<Readiness> {}
