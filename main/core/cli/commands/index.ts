import type { Command } from '../command';
import { checkCommand } from './check';
import { infoCommand } from './info';
import { newCommand } from './new';

/** Every command of the `casebook` tool; each lives in its own file beside this one. */
export const commands: Command[] = [newCommand, infoCommand, checkCommand];
