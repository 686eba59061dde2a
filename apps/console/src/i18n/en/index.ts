import { audit } from './audit';
import { dialogs } from './dialogs';
import { pages } from './pages';
import { panels } from './panels';
import { problems } from './problems';
import { recipients } from './recipients';
import { requests } from './requests';
import { vocabulary } from './vocabulary';

/** Every text the console shows, in English; `nl` has the same shape. `{name}` marks a value filled in. */
export const en = {
  ...pages,
  ...panels,
  ...dialogs,
  ...requests,
  ...recipients,
  ...problems,
  ...vocabulary,
  ...audit,
};

export type Dictionary = typeof en;
