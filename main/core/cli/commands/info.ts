import { EXIT, type Command } from '../command';
import { parseCommandArgs } from '../parseCommandArgs';
import { projectCounts } from '../../project/projectCounts';
import { Project } from '../../store/project';

const LABELS = [
  ['sections', 'Sections'],
  ['findings', 'Findings'],
  ['safetyItems', 'Safety items'],
  ['references', 'References'],
  ['comments', 'Comments'],
  ['assets', 'Images'],
  ['words', 'Words'],
  ['schemaVersion', 'File format'],
] as const;

export const infoCommand: Command = {
  name: 'info',
  usage: 'casebook info FILE [--json]',
  summary: 'Print the title and counts of a project.',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } }, ['FILE']);
    const project = Project.open(positionals[0]!);
    try {
      const counts = projectCounts(project);
      if (values.json) {
        io.out(JSON.stringify(counts));
        return EXIT.ok;
      }
      io.out(counts.title || '(untitled report)');
      for (const [key, label] of LABELS) io.out(`  ${label.padEnd(14)} ${counts[key].toLocaleString('en-GB')}`);
      return EXIT.ok;
    } finally {
      project.close();
    }
  },
};
