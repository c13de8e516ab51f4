import type { Contract } from '../../../../shared/api/contract';
import type { HandlersFor } from '../handlerTypes';
import { libraryHandlers } from './library';
import { importHandlers } from './import';
import { projectHandlers } from './project';
import { registerHandlers } from './register';
import { reviewHandlers } from './review';
import { publishHandlers } from './publish';
import { publishingHandlers } from './publishing';
import { sectionHandlers } from './sections';
import { citationHandlers } from './citations';
import { reliabilityHandlers } from './reliability';

/** One handler per call of the contract; the compiler insists none is missing. */
export const handlers: HandlersFor<Contract> = {
  ...projectHandlers,
  ...sectionHandlers,
  ...registerHandlers,
  ...libraryHandlers,
  ...importHandlers,
  ...reviewHandlers,
  ...publishHandlers,
  ...publishingHandlers,
  ...citationHandlers,
  ...reliabilityHandlers,
};
