import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import type { CitationStyle, Reference } from '../../../shared/model';
import { registerChecksumFunction } from '../store/checksums/checksumTriggers';
import { sealChecksums } from '../store/checksums/sealChecksums';
import { SCHEMA_VERSION } from '../store/migrations';
import { useTempProjects } from '../store/tempProjects';
import type { CitationIndex } from './citationIndex';

const temp = useTempProjects();

/**
 * Casebook's modules as a fresh process loads them: nothing formatted in memory yet.
 * A test never goes back to an older set once it has taken a newer one, since
 * citation-js's engines (outside the reset) are shared between them.
 */
async function freshProcess() {
  vi.resetModules();
  return {
    ...(await import('../store/project')),
    ...(await import('../export/reportDocument')),
    ...(await import('./citationIndex')),
    ...(await import('./cslStyles')),
    ...(await import('./formattedEntryCache')),
    ...(await import('./formattingKeys')),
    ...(await import('../sample/createSampleProject')),
    ...(await import('../sample/generateLongReport')),
    ...(await import('../interchange/exportJson')),
    ...(await import('../interchange/createFromJson')),
    ...(await import('../review/saveReviewCopy')),
    ...(await import('../api/workspace')),
    ...(await import('../api/dispatcher')),
    ...(await import('../api/citationUpkeep')),
  };
}
type Process = Awaited<ReturnType<typeof freshProcess>>;
type OpenProject = ReturnType<Process['Project']['open']>;

/** What a report shows of its citations: every entry (text, HTML, runs, number) and every label. */
const shown = (index: CitationIndex) => ({ bibliography: index.bibliography, labels: [...index.labels] });

/** Labels the editor asks for while a citation is being inserted: any reference, cited or not, with a locator, in pairs. */
const previews = (index: CitationIndex, references: Reference[]) =>
  references.map((r, i) => index.label([{ referenceId: r.id, locator: 'p. 3' }, { referenceId: references[(i + 7) % references.length]!.id }]));

const writesOf = (project: OpenProject) => project.db.prepare('SELECT total_changes()').pluck().get() as number;
const rowsOf = (project: OpenProject) =>
  project.db.prepare('SELECT kind, style, count(*) AS n FROM formatted_citations GROUP BY kind, style ORDER BY kind, style').all() as { kind: string; style: string; n: number }[];

/**
 * Opens the file in a fresh process and reads its report as an export does; checks that
 * reading wrote nothing, and counts the citeproc-js engines it asked citation-js for.
 */
async function readInFreshProcess(path: string): Promise<{ citations: CitationIndex; references: Reference[]; rows: ReturnType<typeof rowsOf>; engines: number }> {
  const fresh = await freshProcess();
  const project = fresh.Project.open(path);
  const engines = vi.spyOn(fresh.cslConfig(), 'engine');
  try {
    const before = rowsOf(project);
    // Opening an older file migrates it: that writes, reading the report must not.
    const written = writesOf(project);
    const { citations, references } = fresh.loadReportDocument(project);
    expect(writesOf(project), 'reading the report wrote to the project').toBe(written);
    expect(rowsOf(project)).toEqual(before);
    return { citations, references, rows: before, engines: engines.mock.calls.length };
  } finally {
    engines.mockRestore();
    project.close();
  }
}

/** What citeproc-js makes of the file's report now, in a fresh process, reading nothing kept. */
async function formatAfresh(path: string): Promise<CitationIndex> {
  const fresh = await freshProcess();
  const project = fresh.Project.open(path);
  try {
    const style = project.meta.get().citationStyle;
    return fresh.buildCitationIndex(style, project.sections.all().map((s) => s.content), project.references.list());
  } finally {
    project.close();
  }
}

/** Calls the API as the app does, on the file at path, in a fresh process. */
async function throughApi(path: string, calls: [method: string, args: object][]): Promise<void> {
  const fresh = await freshProcess();
  const workspace = new fresh.Workspace();
  const dispatch = fresh.createDispatcher(workspace, (error) => {
    throw error;
  });
  workspace.open(path);
  try {
    for (const [method, args] of calls) expect(await dispatch(method, args)).toMatchObject({ ok: true });
  } finally {
    workspace.close();
  }
}

/** The file as Casebook wrote it before formatted citations were kept (format 3): same content, no table. */
function asBeforeTheCache(path: string): void {
  const db = new Database(path);
  try {
    registerChecksumFunction(db);
    db.transaction(() => {
      db.exec('DROP TABLE formatted_citations');
      db.pragma(`user_version = ${SCHEMA_VERSION - 1}`);
      sealChecksums(db);
    })();
  } finally {
    db.close();
  }
}

const makers = {
  sample: (fresh: Process, path: string) => fresh.createSampleProject(path),
  '100-section report': (fresh: Process, path: string) => fresh.generateLongReport(path),
};

describe('formatted citations kept in the project file', () => {
  for (const [name, make] of Object.entries(makers)) {
    for (const style of ['vancouver', 'harvard'] as CitationStyle[]) {
      it(`give a fresh process exactly what citeproc-js formats: ${name}, ${style}`, async () => {
        const path = temp.path();
        // The sample and the long report are made in Vancouver; the style is changed as the app does.
        make(await freshProcess(), path).close();
        if (style === 'harvard') await throughApi(path, [['updateMeta', { patch: { citationStyle: 'harvard' } }]]);

        const kept = await readInFreshProcess(path);
        expect(kept.engines, 'citeproc-js was asked to format').toBe(0);
        // Before formatAfresh takes a newer set of modules (see freshProcess).
        const keptPreviews = previews(kept.citations, kept.references);
        const afresh = await formatAfresh(path);
        expect(afresh.bibliography.length).toBeGreaterThan(5);
        expect(shown(kept.citations)).toEqual(shown(afresh));
        expect(keptPreviews).toEqual(previews(afresh, kept.references));
      }, 60_000);
    }
  }

  it('are read instead of formatted, and an edited reference shows its new text', async () => {
    const path = temp.path();
    let fresh = await freshProcess();
    let project = fresh.createSampleProject(path);
    const cited = fresh.loadReportDocument(project).citations.bibliography[0]!;
    const reference = project.references.get(cited.referenceId);
    // Stands in for the kept entry, so the test can tell it was read and not formatted again.
    const key = fresh.entryKey(fresh.cslStyleName('vancouver'), reference.csl);
    expect(project.formattedCitations.find([key]).size).toBe(1);
    project.formattedCitations.delete([key]);
    project.formattedCitations.add([{ key, style: 'vancouver', kind: 'entry', text: 'Kept <i>text</i>' }]);
    project.close();

    const read = await readInFreshProcess(path);
    expect(read.citations.bibliography[0]).toMatchObject({ referenceId: reference.id, text: '1. Kept text' });

    await throughApi(path, [['updateReference', { id: reference.id, csl: { ...reference.csl, title: 'A retitled report' } }]]);
    const edited = await readInFreshProcess(path);
    expect(edited.citations.bibliography[0]!.text).toMatch(/^1\. .*A retitled report/);
    expect(shown(edited.citations)).toEqual(shown(await formatAfresh(path)));

    fresh = await freshProcess();
    project = fresh.Project.open(path);
    try {
      expect(project.formattedCitations.find([key]).size, 'the entry of the reference as it was is dropped').toBe(0);
    } finally {
      project.close();
    }
  }, 60_000);

  it('hold one entry per reference in the library, and keep the other style when the style changes', async () => {
    const path = temp.path();
    const fresh = await freshProcess();
    const project = fresh.createSampleProject(path);
    const references = project.references.list().length;
    const vancouver = rowsOf(project);
    expect(vancouver.find((r) => r.kind === 'entry')?.n).toBe(references);
    project.close();

    const added: Reference['csl'] = { type: 'report', title: 'An uncited guide', author: [{ family: 'Okafor', given: 'N' }], issued: { 'date-parts': [[2021]] } };
    await throughApi(path, [['createReference', { csl: added }], ['updateMeta', { patch: { citationStyle: 'harvard' } }]]);
    const harvard = await readInFreshProcess(path);
    expect(harvard.rows).toEqual([
      { kind: 'bibliography', style: 'harvard', n: 1 },
      { kind: 'entry', style: 'vancouver', n: references + 1 },
      ...vancouver.filter((r) => r.kind === 'label'),
    ]);

    const reopened = (await freshProcess()).Project.open(path);
    const uncited = reopened.references.list().find((r) => r.csl.title === added.title)!;
    reopened.close();
    await throughApi(path, [['deleteReference', { id: uncited.id }]]);
    expect((await readInFreshProcess(path)).rows.find((r) => r.kind === 'entry')?.n).toBe(references);
  }, 60_000);

  it('are not in a project from before them, which opens, migrates, exports the same and is filled on its next write', async () => {
    const warm = temp.path('warm.casebook');
    const old = temp.path('old.casebook');
    const fresh = await freshProcess();
    const project = fresh.createSampleProject(warm);
    project.saveCopy(old);
    project.close();
    asBeforeTheCache(old);

    const migrated = await readInFreshProcess(old);
    expect(migrated.rows).toEqual([]);
    expect(migrated.engines).toBeGreaterThan(0);
    expect(shown(migrated.citations)).toEqual(shown((await readInFreshProcess(warm)).citations));

    // Calls that only read leave it as it is, however much they format.
    await throughApi(old, [['getBibliography', {}], ['citationLabels', {}], ['prepublishChecklist', {}]]);
    expect((await readInFreshProcess(old)).rows).toEqual([]);

    const reopened = (await freshProcess()).Project.open(old);
    expect(reopened.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const sectionId = reopened.sections.list()[0]!.id;
    reopened.close();
    await throughApi(old, [['updateSection', { id: sectionId, title: 'Renamed' }]]);
    const filled = await readInFreshProcess(old);
    expect(filled.rows).toEqual((await readInFreshProcess(warm)).rows);
    expect(filled.engines).toBe(0);
  }, 60_000);

  it('travel with a review copy, and not in the JSON document: a project rebuilt from it formats them as it is made', async () => {
    const path = temp.path();
    const fresh = await freshProcess();
    const project = fresh.createSampleProject(path);
    const copy = await fresh.saveReviewCopy(project, temp.path('review.casebook'));
    const json = fresh.exportJson(project);
    expect(Object.keys(json).sort()).toEqual(['assets', 'brands', 'comments', 'findings', 'format', 'meta', 'references', 'safetyItems', 'sections', 'snapshots', 'version']);
    project.close();
    const rebuilt = temp.path('from-json.casebook');
    fresh.createFromJson(rebuilt, json).close();

    const original = await readInFreshProcess(path);
    for (const other of [copy, rebuilt]) {
      const read = await readInFreshProcess(other);
      expect(read.rows).toEqual(original.rows);
      expect(read.engines).toBe(0);
      expect(shown(read.citations)).toEqual(shown(original.citations));
    }
  }, 60_000);

  it('are kept for a citation typed into the text once the project has been idle a while', async () => {
    const path = temp.path();
    const fresh = await freshProcess();
    fresh.createSampleProject(path).close();
    const csl = { type: 'report', title: 'A review not yet cited', author: [{ family: 'Quokka', given: 'Q' }], issued: { 'date-parts': [[2024]] } };
    await throughApi(path, [
      ['updateMeta', { patch: { citationStyle: 'harvard' } }],
      ['createReference', { csl }],
    ]);

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const workspace = new fresh.Workspace();
    const dispatch = fresh.createDispatcher(workspace, (error) => {
      throw error;
    });
    try {
      const project = workspace.open(path);
      const section = project.sections.all()[0]!;
      const uncited = project.references.list().find((r) => r.csl.title === csl.title)!;
      const citation = { type: 'citation', attrs: { items: [{ referenceId: uncited.id }] } };
      const content = { ...section.content, content: [...(section.content.content ?? []), { type: 'paragraph', content: [{ type: 'text', text: 'As found elsewhere ' }, citation] }] };
      // The first write after opening keeps them at once (an older file may hold none).
      expect(await dispatch('updateSection', { id: section.id, title: `${section.title} ` })).toMatchObject({ ok: true });
      expect(await dispatch('updateSection', { id: section.id, content })).toMatchObject({ ok: true });
      // Typing goes on: each autosave puts the upkeep off again.
      vi.advanceTimersByTime(fresh.IDLE_UPKEEP_MS - 1);
      expect(await dispatch('updateSection', { id: section.id, title: section.title })).toMatchObject({ ok: true });
      const typed = writesOf(project);
      vi.advanceTimersByTime(fresh.IDLE_UPKEEP_MS - 1);
      expect(writesOf(project), 'kept before the project was idle').toBe(typed);
      vi.advanceTimersByTime(1);
      expect(writesOf(project), 'not kept once idle').toBeGreaterThan(typed);
    } finally {
      vi.useRealTimers();
      workspace.close();
    }
    const kept = await readInFreshProcess(path);
    expect(kept.engines, 'citeproc-js was asked to format').toBe(0);
    expect(kept.citations.bibliography.map((e) => e.text).join('\n')).toContain('Quokka');
    expect(shown(kept.citations)).toEqual(shown(await formatAfresh(path)));
  }, 60_000);
});
