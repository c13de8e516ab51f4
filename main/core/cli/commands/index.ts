import type { Command } from '../command';

/** Every command of the `casebook` tool; each lives in its own file beside this one. */
export const commands: Command[] = [];
