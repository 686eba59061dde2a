/** `GET /v1/notices/due` (art. 14(3)(a)): subjects owed the privacy statement, since when; oldest first. */
export interface NoticesDueAnswer {
  position: string;
  subjects: { subjectId: string; since: string }[];
}

/** `GET /v1/erasures/due` (art. 5(1)(e)): subjects whose data is due for erasure, and why; oldest first. */
export interface ErasuresDueAnswer {
  position: string;
  subjects: { subjectId: string; since: string; why: 'retention-ended' | 'no-active-basis' }[];
}
