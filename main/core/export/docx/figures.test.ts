import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenWebp, GIF_SECOND_FRAME, imagesOfEveryType, pixelsOfColour, projectWithImages, type TestImage } from '../../images/testing/everyImageType';
import { loadReportDocument } from '../reportDocument';
import { buildDocx } from './buildDocx';
import { docxParts } from './testing/docxParts';
import { convertToPdf, libreOfficeMissing, pdfText } from './testing/libreOffice';

const dir = mkdtempSync(join(tmpdir(), 'casebook-docx-figures-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let images: TestImage[];
let docx: Buffer;
const warnings: string[] = [];

beforeAll(async () => {
  images = await imagesOfEveryType();
  const project = projectWithImages(join(dir, 'images.casebook'), [...images, brokenWebp()]);
  try {
    docx = await buildDocx(loadReportDocument(project), { onWarning: (message) => warnings.push(message) });
  } finally {
    project.close();
  }
  writeFileSync(join(dir, 'images.docx'), docx);
});

const magic = (bytes: Buffer) => (bytes.subarray(1, 4).toString('latin1') === 'PNG' ? 'png' : bytes[0] === 0xff && bytes[1] === 0xd8 ? 'jpeg' : 'other');

describe('figures in the DOCX', () => {
  it('holds every picture as PNG or JPEG media, GIF, WebP and SVG converted to PNG', async () => {
    const parts = await docxParts(docx);
    const media = [...parts].filter(([name]) => name.startsWith('word/media/')).map(([, bytes]) => magic(bytes));
    // Five figures and the brand's logo; the broken image has no media.
    expect(media.sort()).toEqual(['jpeg', 'png', 'png', 'png', 'png', 'png']);
    const body = parts.get('word/document.xml')!.toString('utf8');
    for (const image of images) expect(body).toContain(`descr="${image.alt}"`);
  });

  it('describes an image it cannot convert in a ruled box, and warns', async () => {
    const body = (await docxParts(docx)).get('word/document.xml')!.toString('utf8');
    const notice = /<w:p>(?:(?!<\/w:p>).)*\[Image “broken\.webp”: Broken WebP figure\](?:(?!<\/w:p>).)*<\/w:p>/s.exec(body)?.[0];
    expect(notice).toMatch(/<w:pBdr>.*<w:top w:val="single".*<w:bottom w:val="single".*<\/w:pBdr>/s);
    expect(warnings).toEqual([expect.stringMatching(/^Image “broken\.webp” could not be converted for print/)]);
  });

  it.skipIf(libreOfficeMissing())('shows each picture, the GIF as its first frame, when Word\'s reader renders it (LibreOffice)', async () => {
    const [pdf] = convertToPdf([join(dir, 'images.docx')], dir);
    expect(pdfText(pdf!)).toContain('[Image “broken.webp”: Broken WebP figure]');
    execFileSync('pdftoppm', ['-r', '40', '-png', pdf!, join(dir, 'page')]);
    const pages = execFileSync('sh', ['-c', `ls ${dir}/page-*.png`], { encoding: 'utf8' }).trim().split('\n');
    const renders = pages.map((page) => readFileSync(page));
    const shown = async (colour: TestImage['colour']) => (await Promise.all(renders.map((r) => pixelsOfColour(r, colour)))).reduce((a, b) => a + b, 0);
    for (const image of images) expect(await shown(image.colour), image.name).toBeGreaterThan(1000);
    expect(await shown(GIF_SECOND_FRAME)).toBe(0);
  }, 120_000);
});
