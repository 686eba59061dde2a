/** `GET /health/live`: the process answers. */
export interface LivenessAnswer {
  status: 'live';
}

/** `GET /health/ready`: `200` once the read side has caught up and a catalogue is adopted, else `503`. */
export interface ReadinessAnswer {
  status: 'ready' | 'not-ready';
  /** The read side's position. */
  position: string;
}
