import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Project } from '../../store/project';
import { bundledBrands } from '../../brand/bundledBrands';
import { headingPages } from '../pdf/layout/headingPages';
import { loadReportDocument } from '../reportDocument';
import { exportDocx } from './exportDocx';
import { createRichProject } from './fixtures/richProject';
import { contentsEntries } from './testing/contentsPages';
import { assertWellFormed, docxParts } from './testing/docxParts';
import { PAGE } from './theme';

let dir: string;
let project: Project;
let plain: Map<string, string>;
let review: Map<string, string>;
let plainBytes: Buffer;
let custom: Map<string, string>;

const text = async (bytes: Buffer) => {
  const out = new Map<string, string>();
  for (const [name, data] of await docxParts(bytes)) if (/\.(xml|rels)$/.test(name)) out.set(name, data.toString('utf8'));
  return out;
};
const part = (parts: Map<string, string>, name: string) => {
  const xml = parts.get(name);
  if (xml === undefined) throw new Error(`${name} is missing; parts: ${[...parts.keys()].join(', ')}`);
  return xml;
};
const changes = () => (project.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-docx-'));
  project = createRichProject(join(dir, 'rich.casebook'));
  // A project's own brand: full-bleed cover, serif headings, its logo from the project's assets.
  const logo = project.assets.list()[0]!;
  project.brands.save({
    ...bundledBrands()[0]!,
    id: '3b0c5a8e-1f2d-4c6b-9a7e-5d4c3b2a1f00',
    name: 'Trust purple',
    colours: { primary: '#330072', secondary: '#7C2855', text: '#231F20', accent: '#F0E6F7' },
    fonts: { heading: 'Merriweather', body: 'Source Sans 3' },
    coverLayout: 'full-bleed',
    logoAssetId: logo.id,
    footerText: 'Trust purple footer',
  });
  const before = changes();
  await exportDocx(project, join(dir, 'plain.docx'));
  await exportDocx(project, join(dir, 'review.docx'), { reviewCopy: true, brandName: 'neutral' });
  await exportDocx(project, join(dir, 'custom.docx'), { brandName: 'Trust purple' });
  expect(changes()).toBe(before);
  plainBytes = readFileSync(join(dir, 'plain.docx'));
  plain = await text(plainBytes);
  review = await text(readFileSync(join(dir, 'review.docx')));
  custom = await text(readFileSync(join(dir, 'custom.docx')));
});

afterAll(() => {
  project.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('exportDocx', () => {
  it('writes only well-formed XML parts', () => {
    for (const parts of [plain, review, custom]) for (const [name, xml] of parts) assertWellFormed(name, xml);
    // Control characters pasted into the text are dropped, markup characters escaped.
    expect(part(plain, 'word/document.xml')).toContain('>Zulu closing words &amp; &lt;tags&gt;.<');
    expect(plain.has('word/document.xml')).toBe(true);
  });

  it('numbers section headings in Heading 1–3 and puts headings inside a section below them', () => {
    const doc = part(plain, 'word/document.xml');
    expect(doc).toMatch(/<w:pStyle w:val="Heading1"\/>.*?>1 Introduction</);
    expect(doc).toMatch(/<w:pStyle w:val="Heading2"\/>.*?>1\.1 Method</);
    expect(doc).toMatch(/<w:pStyle w:val="Heading3"\/>.*?>1\.1\.1 Detail</);
    expect(doc).toMatch(/<w:pStyle w:val="Heading1"\/>.*?>2 Findings</);
    expect(doc).toMatch(/<w:pStyle w:val="Heading4"\/>.*?>Hotel subheading</);
    // In a chapter's own text the PDF sets it at level 2: 15 pt in the primary colour, on that level's line.
    expect(doc).toMatch(/<w:pStyle w:val="Heading4"\/><w:spacing w:line="401" w:lineRule="exact"\/><\/w:pPr><w:r><w:rPr><w:color w:val="005EB8"\/><w:sz w:val="30"\/><w:szCs w:val="30"\/><\/w:rPr><w:t[^>]*>Hotel subheading</);
  });

  it('defines the named styles in the brand’s fonts and colours, in British English', () => {
    const styles = part(plain, 'word/styles.xml');
    expect(styles).toMatch(/w:styleId="Heading1".*?Source Sans 3.*?005EB8/s);
    expect(styles).toContain('w:styleId="SafetyItemTitle"');
    expect(styles).toMatch(/<w:lang w:val="en-GB"/);
    const neutral = part(review, 'word/styles.xml');
    expect(neutral).toMatch(/<w:docDefaults>.*?Merriweather/s);
    expect(part(plain, 'word/fontTable.xml')).toMatch(/w:name="Source Sans 3"><w:altName w:val="Arial"\/>/);
    expect(part(review, 'word/fontTable.xml')).toMatch(/w:name="Merriweather"><w:altName w:val="Georgia"\/>/);
  });

  it('sets the document properties from the report', () => {
    const core = part(plain, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Quokka report on learning</dc:title>');
    expect(core).toContain('<dc:subject>Wombat subtitle for tests</dc:subject>');
    expect(core).toContain('<dc:creator>Ada Lovelace; Mary Seacole</dc:creator>');
    expect(core).toMatch(/<cp:keywords>Learning report, NLR\/2026\/999, support, culture<\/cp:keywords>/);
    expect(core).toContain('<dc:language>en-GB</dc:language>');
  });

  it('puts the brand’s logo, the title, subtitle, reference and date on the cover, before the contents', () => {
    const doc = part(plain, 'word/document.xml');
    const cover = doc.slice(0, doc.indexOf('>Contents<'));
    expect(cover).toMatch(/<wp:docPr [^>]*descr="Casebook"/);
    expect(cover).toMatch(/w:fill="005EB8".*>Quokka report on learning<.*>Wombat subtitle for tests<.*>NLR\/2026\/999<.*>4 March 2026</s);
    expect(cover).not.toContain('headerReference');
  });

  it('follows a project’s own brand: full-bleed cover, its colours, fonts, logo and footer', () => {
    const doc = part(custom, 'word/document.xml');
    const cover = doc.slice(0, doc.indexOf('>Contents<'));
    expect(cover).toMatch(/<w:trHeight [^>]*w:hRule="atLeast"/);
    expect(cover).toMatch(/w:fill="330072".*<wp:docPr [^>]*descr="A bar chart".*>Quokka report on learning</s);
    expect(part(custom, 'word/styles.xml')).toMatch(/w:styleId="Heading1".*?Merriweather.*?330072/s);
    const footer = [...custom].find(([name]) => name.startsWith('word/footer'))?.[1] ?? '';
    expect(footer).toContain('Trust purple footer');
  });

  it('writes footnotes as Word footnotes', () => {
    expect(part(plain, 'word/footnotes.xml')).toContain('Yankee footnote text');
    // The separator as tall as LibreOffice's, the rest of the PDF's gap above the first note on a page, so pages hold what the PDF's do.
    const separators = part(plain, 'word/footnotes.xml').match(/<w:footnote w:type="(separator|continuationSeparator)".*?<\/w:footnote>/gs) ?? [];
    expect(separators).toHaveLength(2);
    for (const separator of separators) expect(separator).toContain('<w:spacing w:before="0" w:after="0" w:line="126" w:lineRule="exact"/>');
    expect(part(plain, 'word/styles.xml')).toMatch(/w:styleId="FootnoteText">.*?<w:spacing w:after="0" w:before="214" [^>]*\/><w:ind w:left="240" w:hanging="240"\/><w:contextualSpacing\/>/);
    expect(part(plain, 'word/document.xml')).toMatch(/<w:footnoteReference w:id="1"\/>/);
    // Marks in the primary colour; a note's number on its line, not raised, hanging in the note's margin.
    expect(part(plain, 'word/styles.xml')).toMatch(/w:styleId="FootnoteReference">(?:(?!<\/w:style>).)*<w:rPr><w:color w:val="005EB8"\/><w:vertAlign w:val="superscript"\/>/);
    expect(part(plain, 'word/footnotes.xml')).toMatch(
      /<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"\/><\/w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><w:color w:val="005EB8"\/><w:vertAlign w:val="baseline"\/><\/w:rPr><w:footnoteRef\/><\/w:r><w:r><w:tab\/><\/w:r>/,
    );
  });

  it('repeats table header rows across pages and merges spanned cells', () => {
    const doc = part(plain, 'word/document.xml');
    expect(doc).toMatch(/<w:tblHeader\/>.*?Papa header/);
    expect(doc).toMatch(/<w:gridSpan w:val="2"\/>.*?Spanning header/);
    expect(doc).toMatch(/<w:vMerge w:val="restart"\/>.*?Tall cell.*?<w:vMerge w:val="continue"\/>.*?Under beside/s);
  });

  it('gives figures their alt text and a numbered caption', () => {
    const doc = part(plain, 'word/document.xml');
    expect(doc).toMatch(/<wp:docPr [^>]*descr="Victor chart alt text"/);
    expect(doc).toMatch(/>Figure 1\. <.*?>Whiskey caption</);
    expect([...plain.keys()].some((name) => name.startsWith('word/media/'))).toBe(false); // media are binary, not in the text map
    // An image marked decorative in the editor is marked so for screen readers, with no alt text.
    expect(doc).toMatch(/<wp:docPr id="\d+" name="chart.png"><a:extLst(?:(?!<\/wp:docPr>).)*<adec:decorative [^>]*val="1"/s);
  });

  it('numbers each ordered list from its own start', () => {
    const numbering = part(plain, 'word/numbering.xml');
    expect(numbering).toMatch(/<w:lvl w:ilvl="0"[^>]*><w:start w:val="3"\/><w:numFmt w:val="decimal"\/>/);
    const doc = part(plain, 'word/document.xml');
    const numIds = [...doc.matchAll(/<w:numId w:val="(\d+)"\/><\/w:numPr>(?:<w:spacing [^>]*\/>)?<\/w:pPr><w:r><w:t[^>]*>(Juliet nested|Third point)</g)].map((m) => m[1]);
    expect(numIds).toHaveLength(2);
    expect(numIds[0]).not.toBe(numIds[1]);
  });

  it('keeps paragraphs from leaving a first line alone at a page’s foot or a last line at its head, as the PDF does', () => {
    expect(part(plain, 'word/styles.xml')).toContain('<w:pPrDefault><w:pPr><w:widowControl/>');
  });

  it('keeps no paragraph in a box with the next, which would keep the box’s table with what follows it', () => {
    const styles = part(plain, 'word/styles.xml');
    for (const id of ['CalloutTitle', 'SafetyItemTitle', 'SafetyItemMeta']) {
      expect(styles).toMatch(new RegExp(`w:styleId="${id}"`));
      expect(styles).not.toMatch(new RegExp(`w:styleId="${id}">(?:(?!</w:style>).)*<w:keepNext/>`));
    }
  });

  it('marks list items as the PDF does: numbers "1." at any depth, bullets by depth, right-aligned 5 pt before text indented 18 pt a level', () => {
    const numbering = part(plain, 'word/numbering.xml');
    const level = (format: string, ilvl: number) =>
      new RegExp(`<w:lvl w:ilvl="${ilvl}"[^>]*><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:suff w:val="tab"/><w:lvlText w:val="([^"]*)"/><w:lvlJc w:val="right"/><w:pPr><w:ind w:left="${360 * (ilvl + 1)}" w:hanging="100"/></w:pPr><w:rPr>(.*?)</w:rPr>`).exec(numbering);
    expect([0, 1, 2, 3].map((ilvl) => level('bullet', ilvl)?.[1])).toEqual(['•', '–', '◦', '•']);
    expect([0, 1, 2].map((ilvl) => level('decimal', ilvl)?.[1])).toEqual(['%1.', '%2.', '%3.']);
    // Bullets in the brand's primary colour, numbers in the text colour, both in the body face at body size.
    expect(level('bullet', 2)?.[2]).toMatch(/<w:rFonts w:ascii="Source Sans 3".*<w:color w:val="005EB8"\/>.*<w:sz w:val="20"\/>/);
    expect(level('decimal', 1)?.[2]).toMatch(/<w:color w:val="212B32"\/>/);
  });

  it('draws tables as the PDF does: no grid, a rule under each row, the header row shaded over a heavier rule in the primary colour', () => {
    const doc = part(plain, 'word/document.xml');
    const table = /<w:tbl>(?:(?!<w:tbl>).)*?Papa header.*?<\/w:tbl>/s.exec(doc)?.[0] ?? '';
    expect(table).toMatch(/<w:tblBorders>(<w:\w+ w:val="none" [^>]*\/>){6}<\/w:tblBorders>/);
    expect(table).toMatch(/<w:tcBorders><w:bottom w:val="single" w:color="005EB8" w:sz="8"\/><\/w:tcBorders><w:shd w:fill="E8EDEE" [^>]*\/>.*?Papa header/);
    expect(table).toMatch(/<w:tcBorders><w:bottom w:val="single" w:color="(\w{6})" w:sz="4"\/><\/w:tcBorders>(?:(?!w:shd).)*?Romeo cell/);
  });

  it('renders citations, finding references, safety items and the bibliography', () => {
    const doc = part(plain, 'word/document.xml');
    expect(doc).toMatch(/w:val="CitationLabel"\/><\/w:rPr><w:t[^>]*>\[1\]</);
    expect(doc).toMatch(/w:val="FindingReference"\/><\/w:rPr><w:t[^>]*>F1</);
    expect(doc).toMatch(/>R\/\d{4}\/\d+ {2}Safety recommendation<.*?>Addressed to: NHS England<.*?Echidna: trusts should/);
    expect(doc).toMatch(/>References<.*?Numbat study.*?Platypus review/);
  });

  it('numbers the pages as the PDF does: the cover bare, the contents in roman from ii, the report’s pages “Page X of Y” from 1', () => {
    const doc = part(plain, 'word/document.xml');
    const rels = part(plain, 'word/_rels/document.xml.rels');
    const target = (section: string, kind: 'header' | 'footer') => {
      const id = new RegExp(`<w:${kind}Reference w:type="default" r:id="(\\w+)"/>`).exec(section)?.[1];
      return part(plain, `word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1]}`);
    };
    const [cover = '', contents = '', report = '', ...more] = [...doc.matchAll(/<w:sectPr>(.*?)<\/w:sectPr>/gs)].map((m) => m[1]!);
    expect(more).toEqual([]);
    expect(cover).not.toMatch(/headerReference|footerReference/);
    // The contents go on counting from the cover, in roman; the report's pages start again from 1.
    expect(contents).toContain('<w:pgNumType w:fmt="lowerRoman"/>');
    expect(report).toContain('<w:pgNumType w:start="1" w:fmt="decimal"/>');
    for (const section of [contents, report]) expect(target(section, 'header')).toContain('Quokka report on learning');
    const contentsFooter = target(contents, 'footer');
    expect(contentsFooter).toMatch(/>Learning report<.*<w:instrText[^>]*>PAGE<\/w:instrText>/s);
    expect(contentsFooter).not.toContain('Page ');
    // Y counts the report's pages only, written as the PDF engine lays them out for LibreOffice, which shows the result.
    const reportFooter = target(report, 'footer');
    expect(reportFooter).toMatch(/>Learning report<.*>Page <.*<w:instrText[^>]*>PAGE<\/w:instrText>.*> of <.*<w:fldSimple w:instr="SECTIONPAGES"><w:r><w:t[^>]*>\d+<\/w:t>/s);
    const count = Number(/w:instr="SECTIONPAGES"><w:r><w:t[^>]*>(\d+)</.exec(reportFooter)?.[1]);
    expect(count).toBe(headingPages(loadReportDocument(project)).reportPages);
    expect(reportFooter).not.toContain('NUMPAGES');
    // The contents sit in the contents section; the first heading opens the report's.
    expect(doc.indexOf('>Contents<')).toBeLessThan(doc.indexOf('w:fmt="lowerRoman"'));
    expect(doc.indexOf('w:fmt="lowerRoman"')).toBeLessThan(doc.indexOf('>1 Introduction</w:t></w:r><w:bookmarkEnd'));
  });

  it('fills the table of contents field before fields are updated', () => {
    const doc = part(plain, 'word/document.xml');
    expect(doc).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-3&quot;<\/w:instrText>/);
    expect(doc).toMatch(/w:val="TOC1".*?1 Introduction/s);
    expect(doc).toMatch(/w:val="TOC3".*?1\.1\.1 Detail/s);
    // Each entry with its page number after a right-aligned, dot-led tab at the text's right edge, as Word writes them.
    const entries = contentsEntries(doc);
    expect(entries.map((e) => e.title)).toEqual(expect.arrayContaining(['1 Introduction', '1.1 Method', '1.1.1 Detail']));
    // Numbered as the footers number the report's pages: from 1, after the cover and contents.
    expect(entries[0]!.page).toBe(1);
    expect(entries.map((e) => e.page)).toEqual([...entries.map((e) => e.page)].sort((a, b) => a - b));
    expect(doc).toMatch(new RegExp(`<w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="${PAGE.textWidth}"/>`));
    const styles = part(plain, 'word/styles.xml');
    for (const level of [1, 2, 3]) expect(styles).toContain(`w:styleId="TOC${level}"><w:name w:val="toc ${level}"/>`);
  });

  it('adds comment threads only to a review copy, around their passages', () => {
    expect(plain.has('word/comments.xml')).toBe(false);
    expect(part(plain, 'word/document.xml')).not.toContain('commentRangeStart');
    const comments = part(review, 'word/comments.xml');
    for (const body of ['Comment on charlie', 'Reply about charlie', 'Comment in a table', 'Detached comment']) expect(comments).toContain(body);
    expect(comments).toContain('On “words since deleted” (passage since removed)');
    expect(part(review, 'word/commentsExtended.xml')).toContain('w15:paraIdParent');
    const doc = part(review, 'word/document.xml');
    const idOf = (body: string) => comments.match(new RegExp(`w:id="(\\d+)"[^>]*>(?:(?!</w:comment>).)*${body}`, 's'))?.[1];
    const around = (body: string, passage: RegExp) => {
      const id = idOf(body);
      expect(id, body).toBeDefined();
      expect(doc).toMatch(new RegExp(`<w:commentRangeStart w:id="${id}"/>${passage.source}<w:commentRangeEnd w:id="${id}"/>`));
    };
    around('Comment on charlie', /(?:(?!<w:t).)*<w:t[^>]*>charlie<\/w:t><\/w:r>/);
    around('Comment in a table', /(?:(?!<w:t).)*<w:t[^>]*>Sierra cell<\/w:t><\/w:r>/);
    around('Detached comment', /(?:(?!<w:t).)*<w:t[^>]*>1 Introduction<\/w:t><\/w:r>/);
  });

  it('reads back in mammoth with headings, nested lists and tables', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: plainBytes });
    // Section headings carry the bookmarks the table of contents links to.
    expect(html).toMatch(/<h1><a id="_Toc\d+"><\/a>1 Introduction<\/h1>/);
    expect(html).toMatch(/<h2><a id="_Toc\d+"><\/a>1\.1 Method<\/h2>/);
    expect(html).toMatch(/<h3><a id="_Toc\d+"><\/a>1\.1\.1 Detail<\/h3>/);
    expect(html).toContain('<h4>Hotel subheading</h4>');
    expect(html).toMatch(/<ul><li>India bullet<ol><li>Juliet nested<\/li><li>Kilo nested<\/li><\/ol><\/li><li>Lima bullet<\/li><\/ul>/);
    expect(html).toMatch(/<table><thead><tr><th><p>Papa header<\/p><\/th><th><p>Quebec header<\/p><\/th><\/tr><\/thead><tbody><tr><td><p>Romeo cell/);
    expect(html).toMatch(/<strong>bravo<\/strong>/);
    expect(html).toMatch(/<em>charlie<\/em>/);
    expect(html).toMatch(/<a href="https:\/\/example.org\/foxtrot">foxtrot<\/a>/);
  });

  it('reports progress and leaves no file when cancelled or failing', async () => {
    const out = join(dir, 'cancelled.docx');
    const seen: [number, number, string | undefined][] = [];
    await exportDocx(project, join(dir, 'progress.docx'), { onProgress: (done, total, stage) => seen.push([done, total, stage]) });
    expect(seen.map(([, , stage]) => stage)).toEqual(['Writing section 1 of 4', 'Writing section 2 of 4', 'Writing section 3 of 4', 'Writing section 4 of 4', 'Written']);
    expect(seen.at(-1)).toEqual([5, 5, 'Written']);
    const controller = new AbortController();
    controller.abort();
    await expect(exportDocx(project, out, { signal: controller.signal })).rejects.toThrow();
    await expect(exportDocx(project, out, { brandName: 'No such brand' })).rejects.toThrow(/No brand named/);
    // Cancelled part-way, after the first section.
    const midway = new AbortController();
    await expect(exportDocx(project, out, { signal: midway.signal, onProgress: () => midway.abort() })).rejects.toThrow();
    // Cancelled from outside, as the export dialog does: the event loop runs between sections, so it is seen there.
    const outside = new AbortController();
    const stages: string[] = [];
    const running = exportDocx(project, out, {
      signal: outside.signal,
      onProgress: (_done, _total, stage) => {
        stages.push(stage ?? '');
        if (stages.length === 2) setImmediate(() => outside.abort());
      },
    });
    await expect(running).rejects.toThrow();
    expect(stages).toEqual(['Writing section 1 of 4', 'Writing section 2 of 4']);
    expect(existsSync(out)).toBe(false);
    writeFileSync(out, 'previous export');
    await expect(exportDocx(project, out, { signal: controller.signal })).rejects.toThrow();
    expect(readFileSync(out, 'utf8')).toBe('previous export');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(join(dir, 'progress.docx'))).toBe(true);
  });
});
