import { existsSync, rmSync, statSync } from 'node:fs';
import { EXIT, UsageError, type Command } from '../command';
import { parseCommandArgs } from '../parseCommandArgs';
import { createSampleProject } from '../../sample/createSampleProject';
import { conflict } from '../../store/errors';
import { Project } from '../../store/project';

/** Clears the way for --force: the old project and any journal SQLite left beside it. */
function removeExisting(path: string): void {
  if (statSync(path).isDirectory()) throw new UsageError(`“${path}” is a folder, not a project file.`);
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

export const newCommand: Command = {
  name: 'new',
  usage: 'casebook new FILE [--title T] [--sample] [--force]',
  summary: 'Create an empty project, or a copy of the sample report.',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { title: { type: 'string' }, sample: { type: 'boolean' }, force: { type: 'boolean' } },
      ['FILE'],
    );
    const path = positionals[0]!;
    if (values.title !== undefined && !values.title.trim()) throw new UsageError('a title cannot be empty.');
    if (existsSync(path)) {
      if (!values.force) throw conflict(`“${path}” already exists; add --force to replace it.`);
      removeExisting(path);
    }
    const project = values.sample ? createSampleProject(path) : Project.create(path, { title: values.title });
    try {
      if (values.sample && values.title !== undefined) project.meta.update({ title: values.title });
      io.out(`Created “${project.meta.get().title}” in ${path}${values.sample ? ' (a copy of the sample report)' : ''}.`);
    } finally {
      project.close();
    }
    return EXIT.ok;
  },
};
