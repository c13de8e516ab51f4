import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FontFamily } from '../../../../shared/model';
import { fontFile, type FontVariant } from '../../brand/fontFiles';
import { createSampleProject } from '../../sample/createSampleProject';
import { Project } from '../../store/project';
import { exportDocx } from './exportDocx';
import { createRichProject } from './fixtures/richProject';
import { assertWellFormed, docxParts } from './testing/docxParts';

const FACE: Record<string, FontVariant> = { embedRegular: 'regular', embedBold: 'bold', embedItalic: 'italic', embedBoldItalic: 'boldItalic' };

/**
 * The font file of an odttf part, undone as LibreOffice reads it (and as the
 * spec describes): the key's hex digit pairs in the w:fontKey string, read from
 * the last to the first (LibreOffice's table of their places), XORed over the
 * first 32 bytes, twice over.
 */
function deobfuscate(part: Buffer, fontKey: string): Buffer {
  expect(fontKey).toMatch(/^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/);
  const positions = [35, 33, 31, 29, 27, 25, 22, 20, 17, 15, 12, 10, 7, 5, 3, 1];
  const key = positions.map((at) => parseInt(fontKey.slice(at, at + 2), 16));
  const out = Buffer.from(part);
  for (let i = 0; i < 16; i++) {
    out[i] = out[i]! ^ key[i]!;
    out[i + 16] = out[i + 16]! ^ key[i]!;
  }
  return out;
}

interface Embedded {
  family: string;
  face: FontVariant;
  relationshipId: string;
  fontKey: string;
}

function embeddedFaces(fontTable: string): Embedded[] {
  return [...fontTable.matchAll(/<w:font w:name="([^"]*)">([\s\S]*?)<\/w:font>/g)].flatMap(([, family, body]) =>
    [...body!.matchAll(/<w:(embed\w+) r:id="([^"]*)" w:fontKey="([^"]*)"\/>/g)].map(([, element, relationshipId, fontKey]) => ({
      family: family!,
      face: FACE[element!]!,
      relationshipId: relationshipId!,
      fontKey: fontKey!,
    })),
  );
}

let dir: string;
const exports = new Map<string, Map<string, Buffer>>();
const warnings: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'casebook-docx-fonts-'));
  const sample = createSampleProject(join(dir, 'sample.casebook'));
  const rich = createRichProject(join(dir, 'rich.casebook'));
  const plain = Project.create(join(dir, 'plain.casebook'), { title: 'Plain report' });
  plain.sections.create({ parentId: null, title: 'Only section', content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Plain words.' }] }] } });
  const onWarning = (message: string) => warnings.push(message);
  await exportDocx(sample, join(dir, 'sample.docx'), { onWarning });
  await exportDocx(rich, join(dir, 'rich.docx'), { reviewCopy: true, brandName: 'Neutral', onWarning });
  await exportDocx(plain, join(dir, 'plain.docx'), { onWarning });
  for (const name of ['sample', 'rich', 'plain']) exports.set(name, await docxParts(readFileSync(join(dir, `${name}.docx`))));
  for (const project of [sample, rich, plain]) project.close();
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = (name: string, path: string) => exports.get(name)!.get(path)!.toString('utf8');

describe('fonts embedded in the DOCX', () => {
  it('embeds exactly the faces the text is set in, keeping each font’s fallback', () => {
    const faces = (name: string) => embeddedFaces(text(name, 'word/fontTable.xml')).map((e) => `${e.family} ${e.face}`);
    // Plain text, headings in bold, the cover's line in italics; the brand has one font.
    expect(faces('plain')).toEqual(['Source Sans 3 regular', 'Source Sans 3 bold', 'Source Sans 3 italic']);
    expect(faces('sample')).toEqual(['Source Sans 3 regular', 'Source Sans 3 bold', 'Source Sans 3 italic']);
    // Neutral: headings in Source Sans 3 (bold; the cover's lines regular), text in Merriweather (a caption's bold label in italics).
    expect(faces('rich')).toEqual(['Source Sans 3 regular', 'Source Sans 3 bold', 'Merriweather regular', 'Merriweather bold', 'Merriweather italic', 'Merriweather boldItalic']);
    expect(text('rich', 'word/fontTable.xml')).toMatch(/<w:font w:name="Merriweather"><w:altName w:val="Georgia"\/><w:charset w:val="00"\/><w:family w:val="roman"\/><w:pitch w:val="variable"\/><w:embedRegular /);
    expect(text('sample', 'word/fontTable.xml')).toMatch(/<w:font w:name="Source Sans 3"><w:altName w:val="Arial"\/>/);
    expect(warnings).toEqual([]);
  });

  for (const name of ['sample', 'rich']) {
    it(`relates each embedded face of the ${name} report to its part, typed as an obfuscated font, which undoes to the font file`, () => {
      const parts = exports.get(name)!;
      for (const path of ['word/fontTable.xml', 'word/_rels/fontTable.xml.rels', 'word/settings.xml', '[Content_Types].xml']) assertWellFormed(path, text(name, path));
      const relationships = new Map([...text(name, 'word/_rels/fontTable.xml.rels').matchAll(/<Relationship Id="([^"]*)" Type="([^"]*)" Target="([^"]*)"\/>/g)].map(([, id, type, target]) => [id!, { type, target }]));
      expect(text(name, 'word/_rels/document.xml.rels')).toMatch(/Target="fontTable.xml"/);
      const embedded = embeddedFaces(text(name, 'word/fontTable.xml'));
      expect(relationships.size).toBe(embedded.length);
      expect(new Set(embedded.map((e) => e.fontKey)).size).toBe(embedded.length);
      for (const face of embedded) {
        const relationship = relationships.get(face.relationshipId)!;
        expect(relationship.type).toBe('http://schemas.openxmlformats.org/officeDocument/2006/relationships/font');
        expect(relationship.target).toMatch(/^fonts\/font\d+\.odttf$/);
        const part = parts.get(`word/${relationship.target}`)!;
        const font = readFileSync(fontFile(face.family as FontFamily, face.face));
        expect(part.subarray(0, 32).equals(font.subarray(0, 32))).toBe(false);
        expect(deobfuscate(part, face.fontKey).equals(font)).toBe(true);
      }
      expect([...parts.keys()].filter((path) => path.startsWith('word/fonts/'))).toHaveLength(embedded.length);
      expect(text(name, '[Content_Types].xml')).toMatch(/<Default ContentType="application\/vnd\.openxmlformats-officedocument\.obfuscatedFont" Extension="odttf"\/>/);
      expect(text(name, 'word/settings.xml')).toMatch(/<w:displayBackgroundShape\/><w:embedTrueTypeFonts\/>/);
    });
  }
});
