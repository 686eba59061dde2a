/** Where a request's own page is: under its subject's. */
export const requestPath = ({ subjectId, requestId }: { subjectId: string; requestId: string }) =>
  `/subjects/${encodeURIComponent(subjectId)}/requests/${encodeURIComponent(requestId)}`;
