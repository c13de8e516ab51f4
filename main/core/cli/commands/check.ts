import { EXIT, type Command } from '../command';
import { parseCommandArgs } from '../parseCommandArgs';
import { checkProject } from '../../project/checkProject';
import { Project } from '../../store/project';

export const checkCommand: Command = {
  name: 'check',
  usage: 'casebook check FILE',
  summary: 'Check integrity and validate every stored entity; exit 1 listing any problems.',
  async run(argv, io) {
    const { positionals } = parseCommandArgs(argv, {}, ['FILE']);
    const path = positionals[0]!;
    const project = Project.open(path);
    try {
      const problems = checkProject(project);
      if (!problems.length) {
        io.out(`${path}: sound (no problems found).`);
        return EXIT.ok;
      }
      io.out(`${path}: ${problems.length} problem${problems.length === 1 ? '' : 's'} found:`);
      for (const { where, problem } of problems) io.out(`  ${where}: ${problem}`);
      return EXIT.problem;
    } finally {
      project.close();
    }
  },
};
