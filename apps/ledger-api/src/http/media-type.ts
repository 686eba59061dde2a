/**
 * `application/json`, with nothing but an optional `charset=utf-8` (in any case, quoted or not) and the empty
 * parameters RFC 9110 allows. RFC 8259 defines no parameter for JSON and makes it UTF-8, which is how the ledger
 * reads every body: a body declared in another charset, or with parameters the ledger would ignore, is not the
 * JSON it reads. Each repetition starts with a `;`, so the pattern cannot backtrack far.
 */
const JSON_MEDIA_TYPE = /^application\/json[\t ]*(?:;[\t ]*(?:charset=(?:utf-8|"utf-8")[\t ]*)?)*$/i;

/** Whether a `Content-Type` header says exactly JSON, as the ledger reads it. */
export const isJsonMediaType = (header: string): boolean => JSON_MEDIA_TYPE.test(header.trim());
