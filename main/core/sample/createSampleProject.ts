import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { saveFormattedCitations } from '../citations/formattedEntryCache';
import type { OpenOptions } from '../store/openDatabase';
import { CasebookFailure, conflict } from '../store/errors';
import { Project } from '../store/project';
import { SAMPLE_SECTIONS } from './content';
import { SAMPLE_ASSETS } from './sampleAssets';
import { addSampleReview } from './sampleComments';
import { SAMPLE_META } from './sampleMeta';
import { SAMPLE_REFERENCES } from './sampleReferences';
import { SAMPLE_FINDINGS, SAMPLE_SAFETY_ITEMS } from './sampleRegister';
import type { SampleIds } from './sampleIds';

const mapValues = <K extends string, V, R>(record: Record<K, V>, fn: (value: V) => R): Record<K, R> =>
  Object.fromEntries(Object.entries(record).map(([key, value]) => [key, fn(value as V)])) as Record<K, R>;

/** Writes the whole report, its citations formatted, into an open, empty project, in one transaction. */
function fillSample(project: Project): void {
  project.transaction(() => {
    // Metadata first: the publication year goes into the safety items' codes.
    project.meta.update(SAMPLE_META);
    const ref = mapValues(SAMPLE_REFERENCES, (csl) => project.references.create(csl).id);
    const finding = mapValues(SAMPLE_FINDINGS, (input) => project.register.createFinding(input).id);
    const item = mapValues(SAMPLE_SAFETY_ITEMS, ({ finding: key, ...input }) =>
      project.register.createSafetyItem({ ...input, findingId: finding[key] }).id,
    );
    const asset = mapValues(SAMPLE_ASSETS, (make) => project.assets.create(make()).id);
    const ids: SampleIds = { ref, finding, item, asset };
    const sectionIds = new Map<string, string>();
    for (const section of SAMPLE_SECTIONS) {
      const parentId = section.parent ? sectionIds.get(section.parent) : null;
      if (parentId === undefined) throw new Error(`sample section “${section.key}” comes before its parent`);
      const created = project.sections.create({ parentId, title: section.title, content: section.content(ids) });
      sectionIds.set(section.key, created.id);
    }
    addSampleReview(project, sectionIds);
    saveFormattedCitations(project);
  });
}

/** A file SQLite was writing, with any journal it left beside it. */
function removeWithSidecars(path: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${suffix}`, { force: true });
}

/**
 * Creates a copy of the sample learning report at path and returns it open.
 * Every copy gets a fresh report id; the file appears only once it is complete.
 */
export function createSampleProject(path: string, options: OpenOptions = {}): Project {
  if (existsSync(path)) throw conflict(`“${path}” already exists; choose another name.`);
  // Checked here so the message names the folder, not the temporary file the copy is built in.
  if (!existsSync(dirname(path))) {
    throw new CasebookFailure('invalid-file', `Cannot create “${path}”: the folder “${dirname(path)}” does not exist.`);
  }
  const partial = `${path}.sample`;
  removeWithSidecars(partial);
  const project = Project.create(partial, {}, options);
  try {
    fillSample(project);
  } catch (error) {
    project.close();
    removeWithSidecars(partial);
    throw error;
  }
  project.close();
  renameSync(partial, path);
  return Project.open(path, options);
}
