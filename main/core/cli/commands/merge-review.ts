import { EXIT, type Command } from '../command';
import { parseCommandArgs } from '../parseCommandArgs';
import { describeMerge } from '../../review/describeMerge';
import { mergeReview } from '../../review/mergeReview';
import { Project } from '../../store/project';

export const mergeReviewCommand: Command = {
  name: 'merge-review',
  usage: 'casebook merge-review FILE COPY',
  summary: 'Bring a reviewer’s comments and statuses back from a review copy.',
  async run(argv, io) {
    const { positionals } = parseCommandArgs(argv, {}, ['FILE', 'COPY']);
    const project = Project.open(positionals[0]!);
    try {
      for (const line of describeMerge(mergeReview(project, positionals[1]!))) io.out(line);
      return EXIT.ok;
    } finally {
      project.close();
    }
  },
};
