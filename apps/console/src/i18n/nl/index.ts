import type { Dictionary } from '../en';
import { audit } from './audit';
import { dialogs } from './dialogs';
import { pages } from './pages';
import { panels } from './panels';
import { problems } from './problems';
import { recipients } from './recipients';
import { requests } from './requests';
import { vocabulary } from './vocabulary';

/** Every text the console shows, in Dutch: the same shape as the English, checked by the compiler. */
export const nl: Dictionary = {
  ...pages,
  ...panels,
  ...dialogs,
  ...requests,
  ...recipients,
  ...problems,
  ...vocabulary,
  ...audit,
};
