import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocNode } from '../../../shared/model';
import { docText } from '../../../shared/doc/docText';
import { checkProject } from '../project/checkProject';
import { docLinks } from '../project/docLinks';
import type { Project } from '../store/project';
import { useTempProjects } from '../store/tempProjects';
import { createSampleProject } from './createSampleProject';
import { SAMPLE_SECTIONS } from './content';
import { findSampleSection } from './findSampleSection';

const temp = useTempProjects();

/** Every node of a document, depth first. */
function nodes(root: DocNode): DocNode[] {
  return [root, ...(root.content ?? []).flatMap(nodes)];
}

interface Sample {
  counts: { findings: number; items: { kind: string; addressee: string; code: string }[]; references: string[] };
  sections: { title: string; parentId: string | null; id: string; content: DocNode }[];
  assets: { id: string; altText: string; bytes: Buffer }[];
  reportId: string;
  problems: ReturnType<typeof checkProject>;
}

function read(project: Project): Sample {
  return {
    counts: {
      findings: project.register.listFindings().length,
      items: project.register.listSafetyItems(),
      references: project.references.list().map((r) => r.id),
    },
    sections: project.sections.all(),
    assets: project.assets.list().map((a) => ({ ...a, bytes: project.assets.bytes(a.id) })),
    reportId: project.meta.get().reportId,
    problems: checkProject(project),
  };
}

describe('the sample report', () => {
  let sample: Sample;
  let all: DocNode[];

  beforeAll(() => {
    const project = createSampleProject(temp.path());
    try {
      sample = read(project);
    } finally {
      project.close();
    }
    all = sample.sections.flatMap((s) => nodes(s.content));
  });

  it('has the eight main sections of a learning report, in order', () => {
    const top = sample.sections.filter((s) => s.parentId === null).map((s) => s.title);
    expect(top).toEqual([
      'Summary',
      'Background',
      'Method',
      'Findings',
      'Key principles',
      'Exemplars of good practice',
      'Safety recommendations and observations',
      'References',
    ]);
  });

  it('nests sections three levels deep somewhere', () => {
    const byId = new Map(sample.sections.map((s) => [s.id, s]));
    const depth = (id: string | null): number => (id ? 1 + depth(byId.get(id)!.parentId) : 0);
    expect(Math.max(...sample.sections.map((s) => depth(s.id)))).toBe(3);
  });

  it('has 5 findings, 3 recommendations and 2 observations with addressees, and 10 references', () => {
    expect(sample.counts.findings).toBe(5);
    const kinds = sample.counts.items.map((i) => i.kind);
    expect(kinds.filter((k) => k === 'recommendation')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'observation')).toHaveLength(2);
    expect(sample.counts.items.every((i) => i.addressee.trim().length > 0)).toBe(true);
    expect(sample.counts.items.map((i) => i.code)).toEqual(['R/2026/001', 'R/2026/002', 'R/2026/003', 'O/2026/001', 'O/2026/002']);
    expect(sample.counts.references).toHaveLength(10);
  });

  it('has a legible PNG figure with alt text and a caption', () => {
    expect(sample.assets).toHaveLength(1);
    const [asset] = sample.assets;
    expect(asset!.altText.length).toBeGreaterThan(50);
    const png = PNG.sync.read(asset!.bytes);
    expect([png.width, png.height]).toEqual([800, 450]);
    // Real pixels: the bars are NHS blue, so a good share of the image is not background.
    let blue = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i] === 0x00 && png.data[i + 1] === 0x5e && png.data[i + 2] === 0xb8) blue++;
    expect(blue).toBeGreaterThan(20_000);
    const figure = all.find((n) => n.type === 'figure')!;
    expect(figure.attrs).toMatchObject({ assetId: asset!.id, decorative: false, alt: expect.stringMatching(/\w/), caption: expect.stringMatching(/^Figure 1/) });
  });

  it('uses every kind of content the editor offers', () => {
    const types = new Set(all.map((n) => n.type));
    for (const type of ['heading', 'bulletList', 'orderedList', 'blockquote', 'hardBreak', 'horizontalRule', 'table', 'tableHeader', 'callout', 'footnote', 'figure', 'citation', 'findingRef', 'safetyItemBlock']) {
      expect(types, type).toContain(type);
    }
    const marks = new Set(all.flatMap((n) => n.marks ?? []).map((m) => m.type));
    for (const mark of ['bold', 'italic', 'underline', 'link']) expect(marks, mark).toContain(mark);
    expect(all.filter((n) => n.marks?.some((m) => m.type === 'link')).every((n) => /^https:\/\//.test(String(n.marks!.find((m) => m.type === 'link')!.attrs!.href)))).toBe(true);
    const variants = new Set(all.filter((n) => n.type === 'callout').map((n) => n.attrs!.variant));
    expect([...variants].sort()).toEqual(['exemplar', 'info', 'quote', 'warning']);
    const nestedList = all.some((n) => n.type === 'listItem' && n.content?.some((c) => c.type === 'bulletList' || c.type === 'orderedList'));
    expect(nestedList).toBe(true);
  });

  it('has a table whose first row is a header row', () => {
    const table = all.find((n) => n.type === 'table')!;
    expect(table.content![0]!.content!.every((cell) => cell.type === 'tableHeader')).toBe(true);
    expect(table.content!.length).toBeGreaterThan(2);
  });

  it('has a citation of two references with a locator', () => {
    const citations = all.filter((n) => n.type === 'citation').map((n) => n.attrs!.items as { referenceId: string; locator?: string }[]);
    expect(citations.some((items) => items.length === 2 && items.some((i) => i.locator))).toBe(true);
  });

  it('writes with accented and typographic characters', () => {
    const text = sample.sections.map((s) => docText(s.content)).join('\n');
    for (const char of ['é', '–', '—', '‘', '’', '“', '”', '½', '°']) expect(text, char).toContain(char);
  });

  it('points only at entities that exist, and uses each of them', () => {
    const links = sample.sections.map((s) => docLinks(s.content));
    const cited = new Set(links.flatMap((l) => l.references));
    expect([...cited].sort()).toEqual([...sample.counts.references].sort());
    const placed = links.flatMap((l) => l.safetyItems);
    expect(placed).toHaveLength(5);
    expect(new Set(placed).size).toBe(5);
    expect(new Set(links.flatMap((l) => l.findings)).size).toBe(5);
  });

  it('passes the project check', () => {
    expect(sample.problems).toEqual([]);
  });
});

describe('createSampleProject', () => {
  it('gives every copy a fresh report id', () => {
    const a = createSampleProject(temp.path());
    const b = createSampleProject(temp.path());
    try {
      expect(a.meta.get().reportId).not.toBe(b.meta.get().reportId);
    } finally {
      a.close();
      b.close();
    }
  });

  it('leaves only the finished file in the folder', () => {
    const path = temp.path();
    createSampleProject(path).close();
    expect(readdirSync(dirname(path))).toEqual(['report.casebook']);
  });

  it('refuses to replace an existing file', () => {
    const path = temp.path('mine.casebook');
    writeFileSync(path, 'keep me');
    expect(() => createSampleProject(path)).toThrow(/already exists/);
    expect(readdirSync(dirname(path))).toEqual(['mine.casebook']);
  });

  it('lets later additions find a section by its key', () => {
    const project = createSampleProject(temp.path());
    try {
      expect(findSampleSection(project, 'findings-debriefs').title).toBe('Debriefs');
      expect(SAMPLE_SECTIONS.every((s) => findSampleSection(project, s.key))).toBe(true);
      expect(() => findSampleSection(project, 'nope')).toThrow(/no section with key/);
    } finally {
      project.close();
    }
  });

  it('leaves no file behind when the folder does not exist', () => {
    const path = `${temp.dir()}/missing/report.casebook`;
    expect(() => createSampleProject(path)).toThrow(/folder .* does not exist/);
    expect(existsSync(dirname(path))).toBe(false);
  });
});
