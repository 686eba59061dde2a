/** The bounds of the API's requests, shared by the DTOs of every route and their messages. */
export { MAX_CHECKS } from '@ledger/wire';
export { ID_MAX_LENGTH, SUBJECT_ID_RULE } from '@ledger/runtime';
export const POSITION = /^\d{1,30}$/;
export const CATEGORY_LIST_MAX = 100;
export const CATEGORIES_TEXT_MAX = 2048;
