import { describe, expect, it } from 'vitest';
import type { Project } from '../store/project';
import { useTempProjects } from '../store/tempProjects';
import { checkProject } from './checkProject';

const temp = useTempProjects();

const UNKNOWN = '0f0f0f0f-0000-4000-8000-000000000000';

/** Raw SQL with foreign keys off: what a damaged or hand-edited file may hold. */
function exec(project: Project, ...statements: string[]): void {
  project.db.pragma('foreign_keys = OFF');
  for (const sql of statements) project.db.exec(sql);
  project.db.pragma('foreign_keys = ON');
}

const problemsOf = (project: Project) => checkProject(project).map((p) => `${p.where}: ${p.problem}`);

describe('checkProject', () => {
  it('finds nothing wrong with a new project', () => {
    expect(checkProject(temp.create())).toEqual([]);
  });

  it('finds links from text to things that are not there', () => {
    const project = temp.create();
    const content = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'See ' },
            { type: 'citation', attrs: { items: [{ referenceId: UNKNOWN }] } },
            { type: 'findingRef', attrs: { findingId: null } },
          ],
        },
        { type: 'safetyItemBlock', attrs: { safetyItemId: UNKNOWN } },
        { type: 'figure', attrs: { assetId: UNKNOWN, alt: 'A chart', decorative: false, caption: '', width: 100 } },
      ],
    };
    project.sections.create({ parentId: null, title: 'Findings', content });
    expect(problemsOf(project)).toEqual([
      expect.stringMatching(/^section “Findings” \(.+\): cites a reference that is not in the library \(0f0f/),
      expect.stringMatching(/mentions a finding that is not in the register \(\(none\)\)$/),
      expect.stringMatching(/places a safety item that is not in the register/),
      expect.stringMatching(/shows an image that is not in the project/),
    ]);
  });

  it('finds attribute values the editor would never write', () => {
    const project = temp.create();
    const content = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Too big' }] },
        { type: 'callout', attrs: { variant: 'shout' }, content: [{ type: 'paragraph' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] },
      ],
    };
    // The store refuses such content, so write it the way a hand-edited file would carry it.
    const odd = project.sections.create({ parentId: null, title: 'Odd' });
    project.db.prepare('UPDATE sections SET content = ? WHERE id = ?').run(JSON.stringify(content), odd.id);
    expect(problemsOf(project)).toEqual([
      expect.stringMatching(/heading has level 1/),
      expect.stringMatching(/unknown variant “shout”/),
      expect.stringMatching(/link goes to “javascript:alert\(1\)”/),
    ]);
  });

  it('finds an outline that loops or nests too deep', () => {
    const project = temp.create();
    const a = project.sections.create({ parentId: null, title: 'A' });
    const b = project.sections.create({ parentId: a.id, title: 'B' });
    const c = project.sections.create({ parentId: b.id, title: 'C' });
    const d = project.sections.create({ parentId: null, title: 'D' });
    exec(project, `UPDATE sections SET parent_id = '${c.id}' WHERE id = '${d.id}'`);
    expect(problemsOf(project)).toEqual([expect.stringMatching(/^section “D” .*nested 4 levels deep; at most 3/)]);
    exec(project, `UPDATE sections SET parent_id = '${c.id}' WHERE id = '${a.id}'`);
    expect(problemsOf(project).filter((p) => /loop/.test(p))).toHaveLength(4);
  });

  it('checks metadata, images, brands, comments and versions against the model', () => {
    const project = temp.create();
    const section = project.sections.create({ parentId: null, title: 'Summary' });
    project.snapshots.create({ sectionId: section.id, label: 'First draft', author: 'Ana' });
    project.assets.create({ name: 'chart.png', mimeType: 'image/png', bytes: new Uint8Array([1, 2, 3]), altText: 'A chart', decorative: false });
    project.comments.create({ sectionId: section.id, parentId: null, anchor: { from: 1, to: 4 }, quotedText: 'Sum', author: 'Ana', authorInitials: 'AN', body: 'Shorter?' });
    exec(
      project,
      `UPDATE report SET data = json_set(data, '$.status', 'lost')`,
      `UPDATE assets SET mime_type = 'application/pdf'`,
      `INSERT INTO brands (id, name, data) VALUES ('${UNKNOWN}', 'Odd', '{"id":"${UNKNOWN}"}')`,
      `UPDATE comments SET anchor = '{"from":9,"to":2}'`,
      `UPDATE snapshots SET content = '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"paragraph"}]}]}'`,
    );
    const problems = problemsOf(project);
    expect(problems).toHaveLength(5);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^report: does not fit the report model \(status: /),
        expect.stringMatching(/^image “chart.png” .*mimeType/),
        expect.stringMatching(/^brand “Odd” .*does not fit the report model/),
        expect.stringMatching(/^comment by “Ana” .*anchor: an anchor must not end before it starts/),
        expect.stringMatching(/^version “First draft” .*does not fit the report schema/),
      ]),
    );
  });
});
