import { describe, expect, it } from 'vitest';
import { createSampleProject } from '../../sample/createSampleProject';
import { Project } from '../../store/project';
import { useTempProjects } from '../../store/tempProjects';
import { hasStackTrace, runCaptured } from './cliHarness';

const temp = useTempProjects();

/** A small but complete project, closed, so the test can damage it through raw SQL. */
function smallProject(): string {
  const project = temp.create({ title: 'Falls review' });
  const section = project.sections.create({ parentId: null, title: 'Findings' });
  const finding = project.register.createFinding({ title: 'Night staffing', statement: 'Few staff at night.', themes: ['Staffing'], evidenceNotes: '' });
  project.register.createSafetyItem({ kind: 'recommendation', text: 'Review rotas.', addressee: 'The trust board', findingId: finding.id, status: 'draft' });
  project.references.create({ type: 'book', title: 'Just culture' });
  project.comments.create({ sectionId: section.id, parentId: null, anchor: null, quotedText: '', author: 'Ana', authorInitials: 'AN', body: 'Check this.' });
  project.close();
  return project.path;
}

function corrupt(path: string, ...statements: string[]): void {
  const project = Project.open(path);
  try {
    // Switching foreign keys off lets the test store what the app itself never would.
    project.db.pragma('foreign_keys = OFF');
    for (const sql of statements) project.db.exec(sql);
  } finally {
    project.close();
  }
}

describe('casebook check', () => {
  it('exits 0 on a sound project', async () => {
    const result = await runCaptured('check', smallProject());
    expect(result).toMatchObject({ code: 0, err: [] });
    expect(result.out[0]).toMatch(/sound/);
  });

  it('exits 0 on the sample report', async () => {
    const path = temp.path('sample.casebook');
    createSampleProject(path).close();
    expect(await runCaptured('check', path)).toMatchObject({ code: 0, err: [] });
  });

  it('exits 1 listing every problem, with where it is, when rows were altered outside Casebook', async () => {
    const path = smallProject();
    corrupt(
      path,
      `UPDATE sections SET content = '{"type":"doc","content":[' WHERE title = 'Findings'`,
      `UPDATE findings SET themes = 'staffing, nights'`,
      `UPDATE safety_items SET status = 'maybe'`,
      `UPDATE refs SET csl = '{"title":"no type"}'`,
      `UPDATE comments SET section_id = '00000000-0000-4000-8000-00000000dead'`,
    );
    const result = await runCaptured('check', path);
    expect(result.code).toBe(1);
    expect(result.err).toEqual([]);
    const report = result.out.join('\n');
    expect(result.out[0]).toMatch(/5 problems found/);
    expect(report).toMatch(/section “Findings” \(.+\): the content is not valid JSON/);
    expect(report).toMatch(/finding F1 \(.+\): the themes are not valid JSON/);
    expect(report).toMatch(/safety item R\/\d{4}\/001 \(.+\): does not fit the report model \(status: /);
    expect(report).toMatch(/reference 1 \(.+\): does not fit the report model \(csl\.type: /);
    expect(report).toMatch(/comments row \d+: refers to a row missing from sections/);
  });

  it('finds content that breaks the document schema and links that lead nowhere', async () => {
    const path = smallProject();
    const badDoc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'paragraph' }] },
        { type: 'paragraph', content: [{ type: 'citation', attrs: { items: [{ referenceId: 'b6c1b2a0-0000-4000-8000-000000000000' }] } }] },
      ],
    };
    const lostLink = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'findingRef', attrs: { findingId: 'b6c1b2a0-0000-4000-8000-000000000001' } }] }],
    };
    corrupt(
      path,
      `UPDATE sections SET content = '${JSON.stringify(badDoc)}'`,
      `INSERT INTO sections (id, parent_id, position, title, content, review_status, words, updated_at)
       VALUES ('6f1c2a9e-1111-4000-8000-000000000000', NULL, 1, 'Method', '${JSON.stringify(lostLink)}', 'draft', 0, '2026-01-01T00:00:00.000Z')`,
    );
    const result = await runCaptured('check', path);
    expect(result.code).toBe(1);
    const report = result.out.join('\n');
    expect(report).toMatch(/section “Findings” .*does not fit the report schema/);
    expect(report).toMatch(/section “Method” .*mentions a finding that is not in the register \(b6c1b2a0-0000-4000-8000-000000000001\)/);
  });

  it('gives exit 2 and one line for a file it cannot open', async () => {
    const result = await runCaptured('check', temp.path('missing.casebook'));
    expect(result.code).toBe(2);
    expect(result.err).toHaveLength(1);
    expect(hasStackTrace(result.err)).toBe(false);
  });

  it('gives exit 2 for bad usage', async () => {
    expect((await runCaptured('check')).code).toBe(2);
    expect((await runCaptured('check', 'a.casebook', '--fix')).code).toBe(2);
  });
});
