import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenWebp, GIF_SECOND_FRAME, imagesOfEveryType, pixelsOfColour, projectWithImages, translucentPngs, type TestImage } from '../../images/testing/everyImageType';
import { loadReportDocument } from '../reportDocument';
import { renderPdf } from './renderPdf';
import { findRole, hasTool, openPdf, type StructItem } from './testing/readPdf';

const dir = mkdtempSync(join(tmpdir(), 'casebook-pdf-images-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let images: TestImage[];
let bytes: Uint8Array;
const path = join(dir, 'images.pdf');
const warnings: string[] = [];

beforeAll(async () => {
  images = await imagesOfEveryType();
  const project = projectWithImages(join(dir, 'images.casebook'), [...images, brokenWebp()]);
  try {
    bytes = await renderPdf(loadReportDocument(project), { onWarning: (message) => warnings.push(message) });
  } finally {
    project.close();
  }
  writeFileSync(path, bytes);
});

describe('images in the PDF', () => {
  it('has an image XObject for every picture of every type, and the logo', async () => {
    const pdf = await PDFDocument.load(bytes);
    const xobjects = pdf.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((object): object is PDFRawStream => object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'));
    // Transparency masks are image XObjects too; the pictures are the ones that are not someone's mask.
    const masks = new Set(xobjects.map((x) => x.dict.get(PDFName.of('SMask'))).filter(Boolean).map(String));
    const pictures = xobjects.filter((x) => !masks.has(String(pdf.context.getObjectRef(x))));
    expect(pictures).toHaveLength(images.length + 1);
  });

  it('tags each picture as a Figure with its alt text (after the cover\'s logo)', async () => {
    const doc = await openPdf(bytes);
    const alts: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const tree = (await (await doc.getPage(n)).getStructTree()) as StructItem;
      alts.push(...findRole(tree, 'Figure').map((figure) => figure.alt ?? ''));
    }
    expect(alts).toEqual(['Casebook', ...images.map((image) => image.alt)]);
  });

  it.runIf(hasTool('pdftotext'))('describes an image it cannot convert, and warns', () => {
    expect(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' })).toContain('[Image: Broken WebP figure]');
    expect(warnings).toEqual([expect.stringMatching(/^Image “broken\.webp” could not be converted for print/)]);
  });

  it.runIf(hasTool('pdftoppm'))('shows each picture on the page, the GIF as its first frame', async () => {
    execFileSync('pdftoppm', ['-r', '40', '-png', path, join(dir, 'page')]);
    const renders = readdirSync(dir).filter((name) => /^page-\d+\.png$/.test(name)).map((name) => readFileSync(join(dir, name)));
    const shown = async (colour: TestImage['colour']) => (await Promise.all(renders.map((r) => pixelsOfColour(r, colour)))).reduce((a, b) => a + b, 0);
    for (const image of images) expect(await shown(image.colour), image.name).toBeGreaterThan(1000);
    expect(await shown(GIF_SECOND_FRAME)).toBe(0);
  });
});

describe('PNGs that PDF cannot take as they are', () => {
  it.runIf(hasTool('pdftoppm'))('draws one with transparency over the page, and leaves out a damaged one with a warning instead of hanging', async () => {
    const { translucent, damaged } = await translucentPngs();
    const project = projectWithImages(join(dir, 'png.casebook'), [translucent, damaged]);
    const warned: string[] = [];
    try {
      writeFileSync(join(dir, 'png.pdf'), await renderPdf(loadReportDocument(project), { onWarning: (message) => warned.push(message) }));
    } finally {
      project.close();
    }
    expect(warned).toEqual([expect.stringMatching(/^Image “damaged\.png” could not be drawn \(.+\); it is left out\.$/)]);
    execFileSync('pdftoppm', ['-r', '40', '-png', join(dir, 'png.pdf'), join(dir, 'png')]);
    const renders = readdirSync(dir).filter((name) => /^png-\d+\.png$/.test(name)).map((name) => readFileSync(join(dir, name)));
    // Half-transparent green over white is a light green, not the opaque green.
    const light = (await Promise.all(renders.map((r) => pixelsOfColour(r, translucent.colour, 12)))).reduce((a, b) => a + b, 0);
    expect(light).toBeGreaterThan(1000);
  });
});
