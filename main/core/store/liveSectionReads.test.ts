// Deleted sections stay in the sections table until purged, so every query of it outside
// the two modules that handle deleted rows on purpose must leave them out. This reads the
// engine's sources, so a new query that forgets is caught before it shows deleted text.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const core = join(dirname(fileURLToPath(import.meta.url)), '..');
/** SectionRepo marks, restores and re-reads rows it has just checked; deletedSections purges. */
const HANDLE_DELETED_ROWS = new Set(['store/sectionRepo.ts', 'store/deletedSections.ts']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sources(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** Every string literal that reads the sections table, with the file it is in. */
const sectionQueries = sources(core).flatMap((path) => {
  const file = relative(core, path);
  const literals = readFileSync(path, 'utf8').match(/'[^'\n]*'|"[^"\n]*"|`[^`]*`/g) ?? [];
  return literals.filter((sql) => /\b(FROM|JOIN)\s+sections\b/i.test(sql)).map((sql) => ({ file, sql }));
});

describe('reads of the sections table', () => {
  it('are found in the engine', () => {
    expect(sectionQueries.map((query) => query.file)).toEqual(expect.arrayContaining(['store/commentRepo.ts', 'project/checkProject.ts']));
  });

  it('leave deleted sections out, except where deleted rows are handled on purpose', () => {
    const forgetful = sectionQueries.filter(({ file, sql }) => !HANDLE_DELETED_ROWS.has(file) && !/deleted_at IS NULL/i.test(sql));
    expect(forgetful).toEqual([]);
  });
});
