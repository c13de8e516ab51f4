import { existsSync, rmSync, statSync } from 'node:fs';
import { EXIT, UsageError, type Command } from '../command';
import { parseCommandArgs } from '../parseCommandArgs';
import { createSampleProject } from '../../sample/createSampleProject';
import { conflict } from '../../store/errors';
import { Project } from '../../store/project';
import { createFromJson } from '../../interchange/createFromJson';
import { readProjectJson } from '../../interchange/readProjectJson';

/** Clears the way for --force: the old project and any journal SQLite left beside it. */
function removeExisting(path: string): void {
  if (statSync(path).isDirectory()) throw new UsageError(`“${path}” is a folder, not a project file.`);
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

export const newCommand: Command = {
  name: 'new',
  usage: 'casebook new FILE [--title T] [--sample | --from-json IN.json] [--force]',
  summary: 'Create an empty project, a copy of the sample report, or a project from its JSON export.',
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { title: { type: 'string' }, sample: { type: 'boolean' }, 'from-json': { type: 'string' }, force: { type: 'boolean' } },
      ['FILE'],
    );
    const path = positionals[0]!;
    if (values.title !== undefined && !values.title.trim()) throw new UsageError('a title cannot be empty.');
    const fromJson = values['from-json'];
    if (fromJson !== undefined && values.sample) throw new UsageError('choose either --sample or --from-json, not both.');
    // Read and check the document before anything is removed or created.
    const json = fromJson !== undefined ? readProjectJson(fromJson) : undefined;
    if (existsSync(path)) {
      if (!values.force) throw conflict(`“${path}” already exists; add --force to replace it.`);
      removeExisting(path);
    }
    const project = json
      ? createFromJson(path, json)
      : values.sample
        ? createSampleProject(path)
        : Project.create(path, { title: values.title });
    try {
      if ((values.sample || json) && values.title !== undefined) project.meta.update({ title: values.title });
      const origin = json ? ` (from ${fromJson}, report id ${project.meta.get().reportId})` : values.sample ? ' (a copy of the sample report)' : '';
      io.out(`Created “${project.meta.get().title}” in ${path}${origin}.`);
    } finally {
      project.close();
    }
    return EXIT.ok;
  },
};
