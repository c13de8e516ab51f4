import { EXIT, type CliIo, type Command } from '../command';
import { parseCommandArgs } from '../parseCommandArgs';
import { checkProject } from '../../project/checkProject';
import { prepublishChecklist } from '../../publish/prepublishChecklist';
import { Project } from '../../store/project';

/** Prints the pre-publish checklist; true when nothing blocks publishing. */
function reportPublishChecks(project: Project, brandName: string | undefined, io: CliIo): boolean {
  const problems = prepublishChecklist(project, { brandName });
  const blocking = problems.filter((p) => p.severity === 'blocking');
  const advisory = problems.filter((p) => p.severity === 'advisory');
  io.out(blocking.length ? `Before publishing, fix ${blocking.length}:` : 'Nothing blocks publishing.');
  for (const p of blocking) io.out(`  ✗ [${p.rule}] ${p.message}`);
  if (advisory.length) io.out(`Advice (${advisory.length}):`);
  for (const p of advisory) io.out(`  • [${p.rule}] ${p.message}`);
  return blocking.length === 0;
}

export const checkCommand: Command = {
  name: 'check',
  usage: 'casebook check FILE [--publish [--brand NAME]]',
  summary: 'Check integrity and validate every stored entity; --publish adds the pre-publish checklist. Exit 1 on any problem.',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { publish: { type: 'boolean' }, brand: { type: 'string' } },
      ['FILE'],
    );
    const path = positionals[0]!;
    const project = Project.open(path);
    try {
      const problems = checkProject(project);
      if (!problems.length) {
        io.out(`${path}: sound (no problems found).`);
      } else {
        io.out(`${path}: ${problems.length} problem${problems.length === 1 ? '' : 's'} found:`);
        for (const { where, problem } of problems) io.out(`  ${where}: ${problem}`);
      }
      const publishable = values.publish ? reportPublishChecks(project, values.brand, io) : true;
      return problems.length || !publishable ? EXIT.problem : EXIT.ok;
    } finally {
      project.close();
    }
  },
};
