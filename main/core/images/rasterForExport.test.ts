import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { pngClaiming } from '../reliability/testing/pixelBomb';
import { PRINT_DPI, rasterForExport, withPrintableImages, type PrintBox } from './rasterForExport';
import { brokenWebp, GIF_SECOND_FRAME, imagesOfEveryType, pixelsOfColour } from './testing/everyImageType';
import { HOSTILE_SVGS } from './testing/hostileSvgs';

/** About an A4 text column, and a figure's height cap. */
const BOX: PrintBox = { widthPt: 450, heightPt: 450 };
const dir = mkdtempSync(join(tmpdir(), 'casebook-raster-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const info = async (bytes: Uint8Array) => sharp(bytes).metadata();

describe('rasterForExport', () => {
  it('passes PNG and JPEG through untouched and turns GIF, WebP and SVG into PNG showing the same picture', async () => {
    for (const image of await imagesOfEveryType()) {
      const raster = await rasterForExport(image, BOX);
      if (image.mimeType === 'image/png' || image.mimeType === 'image/jpeg') {
        expect(raster).toEqual({ bytes: image.bytes, mimeType: image.mimeType });
        continue;
      }
      expect(raster.mimeType, image.name).toBe('image/png');
      expect((await info(raster.bytes)).format).toBe('png');
      const { width = 0, height = 0 } = await info(raster.bytes);
      expect(await pixelsOfColour(raster.bytes, image.colour), image.name).toBeGreaterThan(width * height * 0.5);
    }
  });

  it('prints the first frame of an animated GIF, at its own size', async () => {
    const gif = (await imagesOfEveryType()).find((i) => i.mimeType === 'image/gif')!;
    const raster = await rasterForExport(gif, BOX);
    expect(await info(raster.bytes)).toMatchObject({ width: 120, height: 80 });
    expect(await pixelsOfColour(raster.bytes, GIF_SECOND_FRAME)).toBe(0);
  });

  it('draws an SVG at print resolution for the box it fills', async () => {
    const svg = (await imagesOfEveryType()).find((i) => i.mimeType === 'image/svg+xml')!;
    const raster = await rasterForExport(svg, BOX);
    const meta = await info(raster.bytes);
    // 240 × 120 fills the 450 pt width: 450 pt at 300 dpi is 1875 pixels.
    expect(meta.width).toBe(Math.round((450 / 72) * PRINT_DPI));
    expect(meta.height).toBe(Math.round(meta.width! / 2));
  });

  it('caps the raster of a huge drawing, and scales a large bitmap down but never a small one up', async () => {
    const huge = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1000"><rect width="1" height="1000"/></svg>');
    const tall = await info((await rasterForExport({ bytes: huge, mimeType: 'image/svg+xml' }, { widthPt: 450, heightPt: 100_000 })).bytes);
    expect(tall.height).toBeLessThanOrEqual(4000);
    const big = await sharp({ create: { width: 5000, height: 2500, channels: 3, background: '#888' } }).webp().toBuffer();
    expect(await info((await rasterForExport({ bytes: big, mimeType: 'image/webp' }, BOX)).bytes)).toMatchObject({ width: 1875, height: 938 });
  });

  it('never fetches what an SVG links to: no file read, no network request', async () => {
    const secret = join(dir, 'secret.png');
    writeFileSync(secret, await sharp({ create: { width: 20, height: 20, channels: 3, background: '#ff00ff' } }).png().toBuffer());
    let requests = 0;
    const server = createServer((_request, response) => {
      requests++;
      response.writeHead(200, { 'content-type': 'image/png' }).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="40">
        <style>@import url(http://127.0.0.1:${port}/style.css); rect { fill: url(http://127.0.0.1:${port}/paint#p) }</style>
        <image href="file://${secret}" width="20" height="20"/>
        <image xlink:href="${secret}" x="20" width="20" height="20"/>
        <image href="secret.png" x="40" width="20" height="20"/>
        <image href="http://127.0.0.1:${port}/picture.png" x="60" width="20" height="20"/>
      </svg>`;
    try {
      const raster = await rasterForExport({ bytes: Buffer.from(svg), mimeType: 'image/svg+xml' }, BOX);
      expect(await pixelsOfColour(raster.bytes, [255, 0, 255])).toBe(0);
      expect(requests).toBe(0);
      // An external entity is not expanded: the drawing is refused instead.
      const entity = `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY leak SYSTEM "file:///etc/passwd">]>
        <svg xmlns="http://www.w3.org/2000/svg" width="100" height="40"><text y="35">&leak;</text></svg>`;
      await expect(rasterForExport({ bytes: Buffer.from(entity), mimeType: 'image/svg+xml' }, BOX)).rejects.toThrow(/declares a document type/);
    } finally {
      server.close();
    }
  });

  it('refuses pixel bombs and undecodable pictures with a reason', async () => {
    await expect(rasterForExport({ bytes: pngClaiming(50_000, 50_000), mimeType: 'image/webp' }, BOX)).rejects.toThrow();
    // A drawing may declare any size: it is drawn at the box's size, unless even the coarsest drawing would be a bomb.
    const vast = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="100000" height="50000"/>');
    expect(await info((await rasterForExport({ bytes: vast, mimeType: 'image/svg+xml' }, { widthPt: 1e9, heightPt: 1e9 })).bytes)).toMatchObject({ width: 4000, height: 2000 });
    const bomb = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="900000" height="900000"/>');
    await expect(rasterForExport({ bytes: bomb, mimeType: 'image/svg+xml' }, BOX)).rejects.toThrow(/pixel limit/);
    await expect(rasterForExport(brokenWebp(), BOX)).rejects.toThrow(/webp/i);
    await expect(rasterForExport({ bytes: Buffer.from('<svg'), mimeType: 'image/svg+xml' }, BOX)).rejects.toThrow();
  });
});

describe('rasterForExport with costly drawings', () => {
  it.each(HOSTILE_SVGS)('$name: drawn within bounds or refused with the reason', async ({ svg, refused }) => {
    const raster = rasterForExport({ bytes: Buffer.from(svg), mimeType: 'image/svg+xml' }, BOX);
    if (refused) await expect(raster).rejects.toThrow(refused);
    else expect((await info((await raster).bytes)).format).toBe('png');
  });

  it('still draws a chart with a drop shadow on each bar, at fewer pixels', async () => {
    const bars = Array.from({ length: 20 }, (_, i) => `<rect filter="url(#shadow)" x="${i * 24}" y="${200 - i * 10}" width="18" height="${i * 10 + 40}" fill="#00f"/>`).join('');
    // The long way to a drop shadow, as older tools write it: seven elements, five steps.
    const shadow = '<feGaussianBlur in="SourceAlpha" stdDeviation="2"/><feOffset dx="2" dy="2"/><feFlood flood-opacity="0.4"/><feComposite operator="in" in2="SourceAlpha"/><feMerge><feMergeNode/><feMergeNode in="SourceGraphic"/></feMerge>';
    const chart = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="240"><filter id="shadow">${shadow}</filter>${bars}</svg>`;
    const raster = await rasterForExport({ bytes: Buffer.from(chart), mimeType: 'image/svg+xml' }, BOX);
    const { width = 0, height = 0 } = await info(raster.bytes);
    expect(width * height).toBeLessThanOrEqual(1_000_000);
    expect(await pixelsOfColour(raster.bytes, [0, 0, 255])).toBeGreaterThan(width * height * 0.1);
  });
});

describe('withPrintableImages', () => {
  it('converts what needs it, keeps an image it cannot convert as it was, and names it in a warning', async () => {
    const images = [...(await imagesOfEveryType()), brokenWebp()];
    const figures = images.map((image) => ({ type: 'figure', attrs: { assetId: image.name } }));
    const report = { title: 'kept', sections: [{ content: { type: 'doc', content: figures } }], brand: { logoAssetId: null }, assets: new Map(images.map((image) => [image.name, image])) };
    const warnings: string[] = [];
    const printable = await withPrintableImages(report, BOX, (message) => warnings.push(message));
    expect(printable.title).toBe('kept');
    expect([...printable.assets.values()].map((a) => a.mimeType)).toEqual(['image/png', 'image/jpeg', 'image/png', 'image/png', 'image/png', 'image/webp']);
    expect(printable.assets.get('broken.webp')).toBe(report.assets.get('broken.webp'));
    expect(printable.assets.get('diagram.svg')).toMatchObject({ alt: 'Blue SVG diagram', name: 'diagram.svg' });
    expect(warnings).toEqual([expect.stringMatching(/^Image “broken\.webp” could not be converted for print \(.+\); its description is shown instead\.$/)]);
  });

  it('draws each image for the widest figure that shows it', async () => {
    const svg = (await imagesOfEveryType()).find((i) => i.mimeType === 'image/svg+xml')!;
    const figure = (width: number) => ({ type: 'figure', attrs: { assetId: 'drawing', width } });
    const sections = [{ content: { type: 'doc', content: [figure(20), { type: 'callout', content: [figure(40)] }] } }];
    const printable = await withPrintableImages({ sections, brand: { logoAssetId: null }, assets: new Map([['drawing', svg]]) }, BOX);
    // 40 per cent of 450 pt is 180 pt, 750 pixels at 300 dpi.
    expect(await info(printable.assets.get('drawing')!.bytes)).toMatchObject({ width: 750, height: 375 });
  });

  it('converts the brand\'s logo, and leaves alone images the report does not show', async () => {
    const [, , gif, webp, svg] = await imagesOfEveryType();
    const report = { sections: [], brand: { logoAssetId: 'logo' }, assets: new Map([['logo', svg!], ['unused', webp!], ['broken', brokenWebp()], ['gif', gif!]]) };
    const warnings: string[] = [];
    const printable = await withPrintableImages(report, BOX, (message) => warnings.push(message));
    expect([...printable.assets].map(([id, a]) => [id, a.mimeType])).toEqual([['logo', 'image/png'], ['unused', 'image/webp'], ['broken', 'image/webp'], ['gif', 'image/gif']]);
    expect(warnings).toEqual([]);
  });

  it('returns the report itself when every image is PNG or JPEG', async () => {
    const report = { sections: [], brand: { logoAssetId: null }, assets: new Map((await imagesOfEveryType()).slice(0, 2).map((image) => [image.name, image])) };
    expect(await withPrintableImages(report, BOX)).toBe(report);
  });
});
