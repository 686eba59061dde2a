/** The bounds of the permission requests, shared by their DTOs and their fast acceptors. */
export { MAX_CHECKS } from '@ledger/wire';
export const POSITION = /^\d{1,30}$/;
export const ID_MAX_LENGTH = 128;
export const CATEGORY_LIST_MAX = 100;
export const CATEGORIES_TEXT_MAX = 2048;
