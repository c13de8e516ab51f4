import { existsSync } from 'node:fs';
import { EXIT, type Command } from '../command';
import { parseCommandArgs } from '../parseCommandArgs';
import { saveReviewCopy } from '../../review/saveReviewCopy';
import { conflict } from '../../store/errors';
import { Project } from '../../store/project';

export const reviewCopyCommand: Command = {
  name: 'review-copy',
  usage: 'casebook review-copy FILE COPY [--force]',
  summary: 'Save a copy of a project for a reviewer to comment on offline.',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { force: { type: 'boolean' } }, ['FILE', 'COPY']);
    const [file, copyPath] = positionals as [string, string];
    if (existsSync(copyPath) && !values.force) throw conflict(`“${copyPath}” already exists; add --force to replace it.`);
    const project = Project.open(file);
    try {
      const saved = await saveReviewCopy(project, copyPath);
      io.out(`Saved a review copy of “${project.meta.get().title}” in ${saved}. Merge it back with: casebook merge-review ${file} ${copyPath}`);
      return EXIT.ok;
    } finally {
      project.close();
    }
  },
};
