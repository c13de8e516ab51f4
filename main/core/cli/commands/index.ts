import type { Command } from '../command';
import { checkCommand } from './check';
import { importCommand } from './import';
import { infoCommand } from './info';
import { newCommand } from './new';
import { mergeReviewCommand } from './merge-review';
import { reviewCopyCommand } from './review-copy';
import { refsCommand } from './refs';
import { exportCommand } from './exportCommand';

/** Every command of the `casebook` tool; each lives in its own file beside this one. */
export const commands: Command[] = [newCommand, infoCommand, checkCommand, reviewCopyCommand, mergeReviewCommand, importCommand, refsCommand, exportCommand];
