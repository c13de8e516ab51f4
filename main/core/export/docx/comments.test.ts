import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportSchema } from '../../../../shared/schema';
import type { Project } from '../../store/project';
import { loadReportDocument } from '../reportDocument';
import { buildDocx } from './buildDocx';
import { createRichProject } from './fixtures/richProject';
import { docxParts } from './testing/docxParts';

let dir: string;
let project: Project;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-docx-comments-'));
  project = createRichProject(join(dir, 'rich.casebook'));
});

afterAll(() => {
  project.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The text between a comment's range start and end in document.xml. */
function rangeText(xml: string, id: number): string | null {
  const start = xml.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
  const end = xml.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
  if (start < 0 || end < start) return null;
  return [...xml.slice(start, end).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

describe('review comments in DOCX', () => {
  it('wrap exactly the anchored words, wherever they stand (lists, quotes, boxes, tables, captions aside)', async () => {
    const section = project.sections.all()[0]!;
    const doc = reportSchema().nodeFromJSON(section.content);
    // One comment on every word of the section outside footnotes, anchored by ProseMirror's own positions.
    const anchors: { from: number; to: number; word: string }[] = [];
    doc.descendants((node, pos, parent) => {
      if (parent?.type.name === 'footnote') return false;
      if (!node.isText) return true;
      for (const m of (node.text ?? '').matchAll(/[\p{L}\p{N}]+/gu)) anchors.push({ from: pos + m.index, to: pos + m.index + m[0].length, word: m[0] });
      return false;
    });
    expect(anchors.length).toBeGreaterThan(30);
    project.transaction(() => {
      for (const c of project.comments.list()) if (!c.parentId) project.comments.delete(c.id); // replies go with their thread
      for (const a of anchors) {
        project.comments.create({ sectionId: section.id, parentId: null, anchor: { from: a.from, to: a.to }, quotedText: a.word, author: 'R', authorInitials: 'R', body: `on ${a.word}` });
      }
    });
    const report = loadReportDocument(project);
    const parts = await docxParts(await buildDocx(report, { reviewCopy: true }));
    const xml = parts.get('word/document.xml')!.toString('utf8');
    const comments = parts.get('word/comments.xml')!.toString('utf8');
    // Threads are written in creation order; ids follow.
    const ids = [...comments.matchAll(/<w:comment [^>]*w:id="(\d+)"[^>]*>.*?>on ([^<]+)</gs)].map((m) => ({ id: Number(m[1]), word: m[2] }));
    expect(ids).toHaveLength(anchors.length);
    for (const { id, word } of ids) expect(rangeText(xml, id), `comment ${id}`).toBe(word);
  });
});
