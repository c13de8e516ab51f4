/**
 * The writer the crash test kills: a stand-alone process that edits a project the way the app
 * does (autosaves of one section, versions, import-like batches, rotating backups) as fast as it can,
 * printing an ACK line only after each change has committed. Killed at a random moment, it
 * must leave a project holding every acknowledged change and no half of any import.
 *
 *   CASEBOOK_CRASH_WRITER=1 node crashWriter.cjs PROJECT BACKUP_FOLDER
 */
import { writeSync } from 'node:fs';
import type { DocNode } from '../../../shared/model';
import { docSchemaProblem } from '../store/docValidation';
import { Project } from '../store/project';
import { backupProject } from './backups';

export const WRITER_SECTION_TITLE = 'Autosaved section';
/** Sections per import batch: an import leaves all of them or none. */
export const BATCH_PARTS = 4;
const PNG_1PX =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

export const autosaveText = (counter: number) => `autosave ${counter}`;
export const counterOf = (text: string) => Number(/^autosave (\d+)/.exec(text)?.[1] ?? 0);
export const batchTitle = (batch: number, part: number) => `Batch ${batch} part ${part}`;

/** Text of varying length, so some commits spill over pages and trigger WAL checkpoints. */
function autosaveDoc(counter: number): DocNode {
  const filler = 'The ward handover was reviewed. '.repeat((counter * 37) % 400);
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `${autosaveText(counter)} ${filler}`.trim() }] }] };
}

/**
 * What the importer commits, in the same way: the image as an asset and every section, in one
 * transaction. (The real importer spends seconds loading its converters; hundreds of fresh
 * writer processes cannot afford that, and its conversion happens before the transaction anyway.)
 */
function importBatch(project: Project, batch: number): void {
  project.transaction(() => {
    project.assets.create({ name: `batch-${batch}.png`, mimeType: 'image/png', bytes: Buffer.from(PNG_1PX, 'base64'), altText: `batch ${batch}`, decorative: false });
    for (let part = 1; part <= BATCH_PARTS; part++) {
      const text = `Imported paragraph ${part} of batch ${batch}. `.repeat(part * 20);
      project.sections.create({ parentId: null, title: batchTitle(batch, part), content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } });
    }
  });
}

const ack = (line: string) => writeSync(1, `ACK ${line}\n`);

export function firstText(doc: DocNode): string {
  const walk = (node: DocNode): string | undefined => node.text ?? node.content?.map(walk).find((t) => t !== undefined);
  return walk(doc) ?? '';
}

async function main(path: string, backupFolder: string): Promise<void> {
  const project = Project.open(path);
  const section = project.sections.list().find((s) => s.title === WRITER_SECTION_TITLE);
  if (!section) throw new Error(`no section “${WRITER_SECTION_TITLE}” in ${path}`);
  let counter = counterOf(firstText(project.sections.get(section.id).content));
  const batches = project.sections.list().map((s) => Number(/^Batch (\d+) part/.exec(s.title)?.[1] ?? 0));
  let batch = Math.max(0, ...batches);
  // Builds the editor schema now, so the kills after READY land among writes, not in start-up work.
  docSchemaProblem(autosaveDoc(0));
  writeSync(1, 'READY\n');
  for (;;) {
    counter++;
    project.sections.update({ id: section.id, content: autosaveDoc(counter) });
    ack(`edit ${counter}`);
    if (counter % 3 === 0) {
      project.snapshots.create({ sectionId: section.id, label: `v${counter}`, author: 'Crash writer' });
      ack(`snapshot v${counter}`);
    }
    if (counter % 5 === 0) {
      batch++;
      importBatch(project, batch);
      ack(`import ${batch}`);
    }
    if (counter % 11 === 0) {
      const entry = await backupProject(project, backupFolder);
      ack(`backup ${entry.path}`);
    }
  }
}

// Only as the spawned writer: the test imports this module for its helpers.
const [path, backupFolder] = process.argv.slice(2);
if (process.env.CASEBOOK_CRASH_WRITER === '1' && path && backupFolder) {
  main(path, backupFolder).catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(3);
  });
}
