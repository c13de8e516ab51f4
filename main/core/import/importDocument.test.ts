import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../shared/model';
import { sha256, useTempProjects } from '../store/tempProjects';
import { bluePng, buildReportDocx } from './fixtures/buildDocx';
import { importDocument } from './importDocument';

const temp = useTempProjects();

const find = (node: DocNode, type: string): DocNode[] =>
  [node.type === type ? [node] : [], ...(node.content ?? []).map((c) => find(c, type))].flat();
const text = (node: DocNode): string => (node.type === 'text' ? (node.text ?? '') : (node.content ?? []).map(text).join(''));
const marked = (node: DocNode, mark: string) => find(node, 'text').filter((t) => t.marks?.some((m) => m.type === mark)).map((t) => t.text);

describe('DOCX import', () => {
  it('brings sections, formatting, nested lists, a table, an image, footnotes and typographic text', async () => {
    const project = temp.create();
    const before = project.sections.list().length;
    const result = await importDocument(project, { fileName: 'Staff support.docx', bytes: await buildReportDocx() });

    expect(result.title).toBe('Supporting staff after incidents');
    expect(project.meta.get().title).toBe('Supporting staff after incidents');
    const sections = project.sections.all().slice(before);
    expect(sections.map((s) => s.title)).toEqual(['Background', 'Method', 'Findings']);
    expect(result.sectionIds).toEqual(sections.map((s) => s.id));

    const [background, method] = sections.map((s) => s.content);
    expect(text(background!)).toContain('Staff at the “Royal Infirmary” described their experience of being involved — naïvely, some said…');
    expect(marked(background!, 'bold')).toContain('experience');
    expect(marked(background!, 'italic')).toContain('involved');
    // Nested bullets: a list inside a list item.
    const outer = find(background!, 'bulletList')[0]!;
    expect(find(outer.content![0]!, 'bulletList')).toHaveLength(1);
    expect(text(outer)).toContain('Psychological safety');
    // Links: https kept, javascript: dropped (its text stays).
    const links = find(background!, 'text').flatMap((t) => t.marks?.filter((m) => m.type === 'link') ?? []);
    expect(links.map((l) => l.attrs?.href)).toEqual(['https://www.england.nhs.uk/patient-safety/']);
    expect(text(background!)).toContain('a hostile link');
    // Footnotes come inline, with their formatting.
    const notes = [...find(background!, 'footnote'), ...find(method!, 'footnote')];
    expect(notes.map(text)).toEqual(['NHS England, Patient safety strategy (2019).', 'Interviews held in café meeting rooms — with consent.']);
    expect(marked(notes[0]!, 'italic')).toEqual(['Patient safety strategy']);

    // The subheading inside a section becomes a level-2 heading; numbered lists nest.
    expect(find(method!, 'heading').map((h) => [h.attrs?.level, text(h)])).toEqual([[2, 'Interviews']]);
    expect(find(find(method!, 'orderedList')[0]!, 'orderedList')).toHaveLength(2);
    const table = find(method!, 'table')[0]!;
    expect(table.content).toHaveLength(3);
    expect(text(table)).toContain('Hôpital Saint-Éloi');

    const figure = find(method!, 'figure')[0]!;
    expect(figure.attrs).toMatchObject({ alt: 'Bar chart of staff interviewed by trust', decorative: false });
    const asset = project.assets.get(figure.attrs!.assetId as string);
    expect(asset).toMatchObject({ mimeType: 'image/png', altText: 'Bar chart of staff interviewed by trust' });
    expect(project.assets.bytes(asset.id).equals(bluePng())).toBe(true);
  });

  it('keeps the report’s own title and says so', async () => {
    const project = temp.create({ title: 'My report' });
    const result = await importDocument(project, { fileName: 'a.docx', bytes: await buildReportDocx() });
    expect(project.meta.get().title).toBe('My report');
    expect(result.title).toBeNull();
    expect(result.warnings.join(' ')).toContain('already has a title');
  });

  it('refuses a damaged file and leaves the project unchanged', async () => {
    const project = temp.create();
    const good = await buildReportDocx();
    const damaged = Buffer.concat([good.subarray(0, 2000), Buffer.alloc(500, 7)]);
    project.close();
    const hash = sha256(project.path);
    const reopened = temp.open(project.path);
    await expect(importDocument(reopened, { fileName: 'broken.docx', bytes: damaged })).rejects.toThrow(/broken\.docx/);
    await expect(importDocument(reopened, { fileName: 'not-word.docx', bytes: Buffer.from('hello') })).rejects.toThrow(/not a zip/);
    await expect(importDocument(reopened, { fileName: 'report.pdf', bytes: Buffer.from('%PDF') })).rejects.toThrow(/\.docx.*\.md/);
    expect(reopened.sections.list()).toHaveLength(0);
    reopened.close();
    expect(sha256(project.path)).toBe(hash);
  });
});

const MARKDOWN = `# Learning from incidents

Intro before the first section, with **bold** and *italic*.

## Context

Staff said “it felt lonely” — often.[^1] Ça arrive.

- Level one
  - Level two
    - Level three
- Back to one

1. First
2. Second

| Trust | Staff |
| --- | --- |
| Hôpital | 12 |

![A blue square](square.png)

![Inline data image](data:image/png;base64,${bluePng(4).toString('base64')})

[Safe](https://example.org) and [mail](mailto:team@example.org) and [bad](javascript:alert(1)).

<script>alert('x')</script>

## Recommendations

### Detail

Text.

[^1]: Survey of 2024, *unpublished*.
`;

describe('Markdown import', () => {
  it('splits at repeated headings and keeps lists, tables, links, images and footnotes', async () => {
    const project = temp.create();
    const dir = temp.dir();
    mkdirSync(join(dir, 'notes'));
    writeFileSync(join(dir, 'notes', 'square.png'), bluePng(6));
    const result = await importDocument(project, { fileName: 'notes.md', bytes: Buffer.from(MARKDOWN), baseDir: join(dir, 'notes') });

    expect(result.title).toBe('Learning from incidents');
    const sections = project.sections.all();
    expect(sections.map((s) => s.title)).toEqual(['notes', 'Context', 'Recommendations']);
    const [intro, context, recs] = sections.map((s) => s.content);
    expect(marked(intro!, 'bold')).toEqual(['bold']);
    expect(text(context!)).toContain('Staff said “it felt lonely” — often.');
    expect(text(context!)).toContain('Ça arrive.');
    expect(find(context!, 'footnote').map(text)).toEqual(['Survey of 2024, unpublished.']);
    expect(find(context!, 'bulletList')).toHaveLength(3);
    expect(find(context!, 'orderedList')).toHaveLength(1);
    expect(text(find(context!, 'table')[0]!)).toContain('Hôpital');
    const figures = find(context!, 'figure');
    expect(figures.map((f) => f.attrs?.alt)).toEqual(['A blue square', 'Inline data image']);
    expect(project.assets.list()).toHaveLength(2);
    const hrefs = find(context!, 'text').flatMap((t) => t.marks?.filter((m) => m.type === 'link').map((m) => m.attrs?.href) ?? []);
    expect(hrefs).toEqual(['https://example.org', 'mailto:team@example.org']);
    // Raw HTML is text, never markup.
    expect(text(context!)).toContain("<script>alert('x')</script>");
    expect(find(recs!, 'heading').map((h) => h.attrs?.level)).toEqual([2]);
  });

  it('leaves out images outside the file’s folder or on the web, with a warning', async () => {
    const project = temp.create();
    const md = '## A\n\n![secret](../../etc/passwd.png)\n\n![web](https://example.org/x.png)\n\n## B\n\nText';
    const result = await importDocument(project, { fileName: 'x.md', bytes: Buffer.from(md), baseDir: temp.dir() });
    expect(project.assets.list()).toHaveLength(0);
    expect(result.warnings.join(' ')).toMatch(/not found|outside/);
    expect(result.warnings.join(' ')).toContain('on the web');
  });

  it('refuses a binary file given as Markdown', async () => {
    const project = temp.create();
    await expect(importDocument(project, { fileName: 'x.md', bytes: bluePng() })).rejects.toThrow(/not a Markdown text file/);
    expect(project.sections.list()).toHaveLength(0);
  });
});
