import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../shared/model';
import { isAllowedLink } from '../../../shared/schema';
import { EXPORT_RUNNERS } from '../export/exportFormats';
import { projectWithImages, type Rgb } from '../images/testing/everyImageType';
import { HOSTILE_SVGS } from '../images/testing/hostileSvgs';
import { importDocument } from '../import/importDocument';
import { buildZip } from '../import/fixtures/buildZip';
import { bluePng } from '../import/fixtures/buildDocx';
import type { Project } from '../store/project';
import { useTempProjects } from '../store/tempProjects';
import { LIMITS, bounded } from './testing/bounded';
import { figuresFor } from './testing/figures';
import { pngClaiming } from './testing/pixelBomb';
import { embeddedImageRel, externalImageRel, hostileDocx, paragraph, picture, vmlPicture } from './testing/hostileDocx';

/**
 * Hostile documents given to File ▸ Import: each is refused with a message naming the file, or
 * imported with its payload neutralised (no file read from outside, no entity expanded, no
 * pixel bomb stored, no unsafe link), within time and memory limits, and a refused import
 * leaves the project as it was.
 */
const figures = figuresFor(import.meta.filename);
const temp = useTempProjects();
const SECRET = 'CASEBOOK-SECRET-7731';

function secretFiles(): { text: string; png: string; pngBytes: Buffer } {
  const dir = temp.dir();
  const text = join(dir, 'secret.txt');
  writeFileSync(text, SECRET);
  const png = join(dir, 'secret.png');
  // A real image whose bytes the test can recognise if they ever reach the project.
  const pngBytes = bluePng(3);
  writeFileSync(png, pngBytes);
  return { text, png, pngBytes: readFileSync(png) };
}

/** Everything in the project a payload could have reached, as one string. */
function projectText(project: Project): string {
  return JSON.stringify([project.meta.get(), project.sections.all(), project.assets.list()]);
}

function links(doc: DocNode, out: string[] = []): string[] {
  for (const mark of (doc as { marks?: { type: string; attrs?: { href?: string } }[] }).marks ?? []) if (mark.type === 'link') out.push(String(mark.attrs?.href));
  for (const child of doc.content ?? []) links(child, out);
  return out;
}

/** Imports, checking the limits, the refusal message and that a refusal changed nothing. */
async function importHostile(project: Project, fileName: string, bytes: Uint8Array) {
  const before = projectText(project);
  const outcome = await bounded(() => importDocument(project, { fileName, bytes }));
  expect(outcome.ms, `${fileName} took ${outcome.ms} ms`).toBeLessThan(LIMITS.ms);
  expect(outcome.peakBytes, `${fileName} held ${outcome.peakBytes} bytes`).toBeLessThan(LIMITS.bytes);
  if (outcome.refused !== undefined) {
    // The message names what was refused: the document, or the image inside it.
    expect(outcome.refused).toMatch(/^“[^”]+” /);
    expect(projectText(project)).toBe(before);
  }
  for (const section of project.sections.all()) for (const href of links(section.content)) expect(isAllowedLink(href), href).toBe(true);
  figures.add({ payloads: 1 });
  return outcome;
}

const laughs = (depth: number) => {
  let dtd = '<!ENTITY a0 "lollollollollollollollollollol">';
  for (let i = 1; i <= depth; i++) dtd += `<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`;
  return `<!DOCTYPE w:document [${dtd}]>`;
};

describe('hostile Word documents', () => {
  it('zip bombs are refused before anything is unpacked for real', async () => {
    const project = temp.create();
    const zeros = Buffer.alloc(30 * 1024 * 1024);
    const bombs: [string, Buffer][] = [
      ['ratio.docx', hostileDocx({ body: paragraph('x'), extra: [{ name: 'word/media/zeros.bin', data: zeros }] })],
      ['entries.docx', hostileDocx({ body: paragraph('x'), extra: Array.from({ length: 6000 }, (_, i) => ({ name: `word/e${i}.xml`, data: Buffer.from('<a/>') })) })],
      ['liar.docx', hostileDocx({ body: paragraph('x'), extra: [{ name: 'word/media/liar.bin', data: Buffer.alloc(2 * 1024 * 1024, 7), declaredSize: 10 }] })],
      ['nested.docx', hostileDocx({ body: paragraph('x'), extra: [{ name: 'word/embeddings/inner.zip', data: buildZip([{ name: 'zeros', data: zeros }]) }] })],
      ['not-a-zip.docx', Buffer.from('PK\u0003\u0004 this is not really a zip file at all')],
    ];
    for (const [name, bytes] of bombs) {
      const outcome = await importHostile(project, name, bytes);
      // A zip inside the package is never unpacked, so it may come through as harmless bytes.
      if (name !== 'nested.docx') expect(outcome.refused, name).toMatch(/was refused|could not be read|not a Word document/);
    }
  });

  it('XML external entities and entity expansion are never resolved', async () => {
    const project = temp.create();
    const { text } = secretFiles();
    const payloads: [string, string][] = [
      ['xxe-file.docx', `<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://${text}">]>`],
      ['xxe-parameter.docx', `<!DOCTYPE w:document [<!ENTITY % p SYSTEM "file://${text}"> %p;]>`],
      ['xxe-http.docx', '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/secret">]>'],
      ['billion-laughs.docx', laughs(9)],
    ];
    for (const [name, prolog] of payloads) {
      const entity = name.startsWith('billion') ? '&a9;' : '&xxe;';
      const outcome = await importHostile(project, name, hostileDocx({ prolog, body: paragraph(`Before ${entity} after`) }));
      expect(projectText(project)).not.toContain(SECRET);
      expect(projectText(project)).not.toContain('lollollol');
      expect(outcome.refused ?? '').not.toContain(SECRET);
    }
  });

  it('an undefined entity is refused on one clean line', async () => {
    const project = temp.create();
    const outcome = await importHostile(project, 'entity.docx', hostileDocx({ prolog: laughs(2), body: paragraph('&a2;') }));
    expect(outcome.refused).not.toMatch(/\n|@#\[/);
  });

  it('images linked to outside files or addresses are never read', async () => {
    const project = temp.create();
    const { text, png, pngBytes } = secretFiles();
    const targets = [`file://${png}`, `file://${text}`, png, '../../../../etc/passwd', 'http://127.0.0.1:9/x.png', '\\\\attacker\\share\\x.png'];
    for (const [i, target] of targets.entries()) {
      for (const [kind, body] of [['link', picture('r:link', 'rIdX')], ['embed', picture('r:embed', 'rIdX')], ['vml', vmlPicture('rIdX')]] as const) {
        const docx = hostileDocx({ body: paragraph('A picture follows.') + body, rels: externalImageRel('rIdX', target) });
        await importHostile(project, `external-${kind}-${i}.docx`, docx);
      }
    }
    // A relationship that climbs out of the package is not a way out either.
    await importHostile(project, 'climbing.docx', hostileDocx({ body: picture('r:embed', 'rIdX'), rels: embeddedImageRel('rIdX', '../../../../../..' + png) }));
    for (const asset of project.assets.list()) expect(project.assets.bytes(asset.id).equals(pngBytes)).toBe(false);
    expect(projectText(project)).not.toContain(SECRET);
  });

  it('a pixel bomb inside a document is refused, naming the image, and nothing is imported', async () => {
    const project = temp.create();
    // A good image first: the bomb fails inside the import's transaction, after that image was stored.
    const docx = hostileDocx({
      body: paragraph('Photo:') + picture('r:embed', 'rIdA') + paragraph('Chart:') + picture('r:embed', 'rIdB'),
      rels: embeddedImageRel('rIdA', 'media/good.png') + embeddedImageRel('rIdB', 'media/bomb.png'),
      extra: [
        { name: 'word/media/good.png', data: bluePng(4) },
        { name: 'word/media/bomb.png', data: pngClaiming(50_000, 50_000) },
      ],
    });
    const outcome = await importHostile(project, 'pixel-bomb.docx', docx);
    expect(outcome.refused).toMatch(/50,000 × 50,000 pixels/);
    expect(project.assets.list()).toEqual([]);
    expect(project.sections.list()).toEqual([]);
  });

  it('random text inside document.xml never crashes, hangs or leaks (property)', async () => {
    const project = temp.create();
    const nasty = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.constantFrom('&xxe;', '&#0;', '&#xFFFF;', '&#1114112;', ']]>', '<![CDATA[', '<w:t>', '</w:p>', '<?xml?>', '<!--', '\u0000', '\uD800', '&amp;lt;'),
    );
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(nasty, { maxLength: 8 }), async (parts) => {
        runs++;
        await importHostile(project, 'fuzz.docx', hostileDocx({ body: paragraph(parts.join('')) }));
      }),
      { numRuns: 60 },
    );
    figures.add({ cases: runs });
  });
});

describe('hostile Markdown', () => {
  it('deep nesting, unsafe links, raw HTML and pixel bombs are neutralised or refused', async () => {
    const project = temp.create();
    const bomb = pngClaiming(60_000, 60_000).toString('base64');
    const payloads: [string, string][] = [
      ['nesting.md', `${'> '.repeat(5000)}deep\n\n${'- '.repeat(5000)}deep\n\n${'['.repeat(20000)}`],
      ['links.md', '# Links\n\n[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](data:text/html,<script>alert(1)</script>) [d](vbscript:x) [e](file:///etc/passwd) <javascript:alert(1)> [f](java&#x09;script:alert(1))'],
      ['html.md', '# Raw\n\n<script>alert(1)</script><img src=x onerror=alert(1)><iframe src="javascript:alert(1)"></iframe><svg onload=alert(1)>'],
      ['pixel-bomb.md', `# Chart\n\n![a chart](data:image/png;base64,${bomb})`],
      ['long-line.md', `# Long\n\n${'word '.repeat(400_000)}`],
    ];
    for (const [name, text] of payloads) {
      const outcome = await importHostile(project, name, Buffer.from(text));
      if (name === 'pixel-bomb.md') expect(outcome.refused).toMatch(/60,000 × 60,000 pixels/);
    }
    // Raw HTML stays text (markdown-it runs with html: false); no element of it reaches the document.
    expect(projectText(project)).not.toMatch(/"type":"(image|iframe|script|svg|html)"/);
  });

  it('any text imports as valid sections or is refused clearly (property)', async () => {
    const project = temp.create();
    const markdownish = fc.array(
      fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('# ', '## ', '> ', '- ', '1. ', '```', '|a|b|\n|-|-|\n', '[x](', 'javascript:', ')', '![i](data:image/png;base64,AAAA)', '[^1]', '\n\n', '<b>', '&#0;')),
      { maxLength: 30 },
    );
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(markdownish, async (parts) => {
        runs++;
        await importHostile(project, 'fuzz.md', Buffer.from(parts.join('')));
      }),
      { numRuns: 80 },
    );
    figures.add({ cases: runs });
  });
});

describe('hostile drawings', () => {
  // markdown-it drops data:image/svg+xml links, so these reach a report as inserted images do.
  it('drawings too costly to draw export to PDF and Word with their descriptions and a warning each', async () => {
    const drawings = HOSTILE_SVGS.map(({ name, svg }) => ({ name, mimeType: 'image/svg+xml' as const, bytes: Buffer.from(svg), alt: name, colour: [0, 0, 0] as Rgb }));
    const project = projectWithImages(join(temp.dir(), 'drawings.casebook'), drawings);
    figures.add({ payloads: drawings.length });
    for (const format of ['pdf', 'docx'] as const) {
      const warnings: string[] = [];
      const exported = await bounded(() => EXPORT_RUNNERS[format](project, join(temp.dir(), `drawings.${format}`), { onWarning: (w) => warnings.push(w) }));
      expect(exported.refused, format).toBeUndefined();
      expect(exported.ms, `${format} export took ${exported.ms} ms`).toBeLessThan(LIMITS.ms);
      const refused = HOSTILE_SVGS.filter((drawing) => drawing.refused);
      expect(warnings, format).toHaveLength(refused.length);
      refused.forEach((drawing, i) => expect(warnings[i], drawing.name).toMatch(drawing.refused!));
    }
    project.close();
  });
});
