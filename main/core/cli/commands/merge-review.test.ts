import { describe, expect, it } from 'vitest';
import { Project } from '../../store/project';
import { useTempProjects } from '../../store/tempProjects';
import { createThread } from '../../review/commentActions';
import { exportJson } from '../../interchange/exportJson';
import { hasStackTrace, runCaptured } from './cliHarness';

const temp = useTempProjects();

function asReviewer(path: string, act: (copy: Project) => void) {
  const copy = Project.open(path);
  try {
    act(copy);
  } finally {
    copy.close();
  }
}

describe('casebook review-copy and merge-review', () => {
  it('round-trips a review offline and merging twice adds nothing', async () => {
    const dir = temp.dir();
    const file = `${dir}/report.casebook`;
    const copy = `${dir}/for-rae.casebook`;
    expect((await runCaptured('new', file, '--title', 'Supporting staff')).code).toBe(0);
    const writer = Project.open(file);
    const section = writer.sections.create({
      parentId: null,
      title: 'Summary',
      content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Staff need support.' }] }] },
    });
    writer.close();

    const saved = await runCaptured('review-copy', file, copy);
    expect(saved.code).toBe(0);
    expect(saved.out[0]).toMatch(/^Saved a review copy of “Supporting staff”/);
    asReviewer(copy, (p) => {
      createThread(p, { sectionId: section.id, anchor: { from: 12, to: 19 }, quotedText: 'support', body: 'What kind?', author: { name: 'Rae', initials: 'R' } });
      p.sections.update({ id: section.id, reviewStatus: 'approved' });
    });

    const first = await runCaptured('merge-review', file, copy);
    expect(first.code).toBe(0);
    expect(first.out).toContain('  1 new thread, 0 replies, 0 resolved, 0 reopened, 0 edited comments');
    expect(first.out).toContain('  “Summary”: Draft → Approved');
    const second = await runCaptured('merge-review', file, copy);
    expect(second.code).toBe(0);
    expect(second.out.at(-1)).toMatch(/Nothing new/);
  });

  it('refuses a copy of another report with exit 1 and one clear line', async () => {
    const dir = temp.dir();
    await runCaptured('new', `${dir}/a.casebook`, '--title', 'Report A');
    await runCaptured('new', `${dir}/b.casebook`, '--title', 'Report B');
    const result = await runCaptured('merge-review', `${dir}/a.casebook`, `${dir}/b.casebook`);
    expect(result.code).toBe(1);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(/^casebook merge-review: This review copy belongs to another report: “Report B” \(id [0-9a-f-]{36}\)/);
    expect(hasStackTrace(result.err)).toBe(false);
  });

  it('gives every new project a fresh report id, which its review copy keeps', async () => {
    const dir = temp.dir();
    await runCaptured('new', `${dir}/a.casebook`, '--sample');
    await runCaptured('new', `${dir}/b.casebook`, '--sample');
    await runCaptured('new', `${dir}/c.casebook`);
    await runCaptured('review-copy', `${dir}/a.casebook`, `${dir}/a-copy.casebook`);
    const idOf = (name: string) => {
      const p = Project.open(`${dir}/${name}`);
      try {
        return p.meta.get().reportId;
      } finally {
        p.close();
      }
    };
    expect(new Set([idOf('a.casebook'), idOf('b.casebook'), idOf('c.casebook')]).size).toBe(3);
    expect(idOf('a-copy.casebook')).toBe(idOf('a.casebook'));
  });

  it('reports bad usage with exit 2', async () => {
    expect((await runCaptured('merge-review', 'only-one.casebook')).code).toBe(2);
    expect((await runCaptured('review-copy')).code).toBe(2);
  });
});

describe('casebook export OUT.json and new --from-json', () => {
  it('recreates a project with the same report id and content', async () => {
    const dir = temp.dir();
    await runCaptured('new', `${dir}/sample.casebook`, '--sample');
    const original = Project.open(`${dir}/sample.casebook`);
    const doc = exportJson(original);
    original.close();
    const exported = await runCaptured('export', `${dir}/sample.casebook`, `${dir}/sample.json`);
    expect(exported.code).toBe(0);

    const result = await runCaptured('new', `${dir}/again.casebook`, '--from-json', `${dir}/sample.json`);
    expect(result.code).toBe(0);
    expect(result.out[0]).toContain(doc.meta.reportId);
    const again = Project.open(`${dir}/again.casebook`);
    try {
      expect(exportJson(again)).toEqual(doc);
    } finally {
      again.close();
    }
  });

  it('refuses a bad document before touching the target', async () => {
    const dir = temp.dir();
    const result = await runCaptured('new', `${dir}/x.casebook`, '--from-json', `${dir}/missing.json`);
    expect(result.code).toBe(2);
    expect(result.err[0]).toMatch(/cannot be read/);
    expect((await runCaptured('new', `${dir}/x.casebook`, '--sample', '--from-json', 'a.json')).code).toBe(2);
  });
});
