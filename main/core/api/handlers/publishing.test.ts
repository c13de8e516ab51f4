import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { doc, figure } from '../../sample/builders';
import { brokenWebp } from '../../images/testing/everyImageType';
import { createSampleProject } from '../../sample/createSampleProject';
import { useTempProjects } from '../../store/tempProjects';
import { createDispatcher } from '../dispatcher';
import type { Host } from '../host';
import { Workspace } from '../workspace';

const temp = useTempProjects();

const PNG_1X1 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

function sampleWorkspace(host?: Host) {
  const path = temp.path('sample.casebook');
  createSampleProject(path).close();
  const workspace = new Workspace({}, host);
  workspace.open(path);
  const dispatch = createDispatcher(workspace);
  const call = async (method: string, args: unknown) => {
    const envelope = await dispatch(method, args);
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.value as never;
  };
  return { workspace, call, path };
}

describe('export jobs', () => {
  it('runs a PDF export to the end, reporting progress, and writes the file', async () => {
    const { workspace, call } = sampleWorkspace();
    const out = temp.path('report.pdf');
    const seen: number[] = [];
    const started: { jobId: string; state: string } = await call('startExport', { format: 'pdf', path: out });
    expect(started.state).toBe('running');
    for (;;) {
      const status: { state: string; done: number; total: number } = await call('exportStatus', { jobId: started.jobId });
      seen.push(status.done / status.total);
      if (status.state !== 'running') {
        expect(status.state).toBe('done');
        break;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(seen.at(-1)).toBe(1);
    workspace.close();
  });

  it('cancels an export: nothing is written', async () => {
    const { workspace, call } = sampleWorkspace();
    const out = temp.path('cancelled.docx');
    const started: { jobId: string } = await call('startExport', { format: 'docx', path: out });
    const cancelled: { state: string } = await call('cancelExport', { jobId: started.jobId });
    expect(['running', 'cancelled']).toContain(cancelled.state);
    expect((await workspace.exports.settled(started.jobId))?.state).toBe('cancelled');
    expect(existsSync(out)).toBe(false);
    workspace.close();
  });

  it('reports an image it could not convert as a warning of the finished export', async () => {
    const { workspace, call } = sampleWorkspace();
    const image = brokenWebp();
    const asset = workspace.require().assets.create({ name: image.name, mimeType: image.mimeType, bytes: image.bytes, altText: image.alt, decorative: false });
    workspace.require().sections.create({ parentId: null, title: 'Chart', content: doc(figure({ assetId: asset.id, alt: image.alt, caption: 'A chart' })) });
    for (const format of ['pdf', 'docx']) {
      const started: { jobId: string; warnings: string[] } = await call('startExport', { format, path: temp.path(`warned.${format}`) });
      expect(started.warnings).toEqual([]);
      await workspace.exports.settled(started.jobId);
      const status: { state: string; warnings: string[] } = await call('exportStatus', { jobId: started.jobId });
      expect(status, format).toMatchObject({ state: 'done', warnings: [expect.stringMatching(/^Image “broken\.webp” could not be converted for print/)] });
    }
    workspace.close();
  });

  it('reports a failed export with a readable message', async () => {
    const { workspace, call } = sampleWorkspace();
    const started: { jobId: string } = await call('startExport', { format: 'json', path: '/nonexistent-folder/out.json' });
    const status = await workspace.exports.settled(started.jobId);
    expect(status?.state).toBe('failed');
    expect(status?.message).toMatch(/nonexistent-folder/);
    workspace.close();
  });

  it('asks the host where to save, suggesting the report title', async () => {
    const asked: { defaultName: string; extensions: string[] }[] = [];
    const host: Host = {
      chooseSavePath: async (o) => (asked.push(o), '/chosen/path.docx'),
      showInFolder: () => undefined,
      openPath: async () => undefined,
    };
    const { workspace, call } = sampleWorkspace(host);
    const chosen: { path: string } = await call('chooseExportPath', { format: 'docx-review' });
    expect(chosen.path).toBe('/chosen/path.docx');
    expect(asked[0]?.defaultName).toMatch(/^Supporting staff.*\(review copy\)\.docx$/);
    expect(asked[0]?.extensions).toEqual(['docx']);
    workspace.close();
  });
});

describe('brands', () => {
  it('round-trips a brand with its logo through a brand file into another report', async () => {
    const first = sampleWorkspace();
    const logo: { id: string } = await first.call('createAsset', {
      name: 'logo.png',
      mimeType: 'image/png',
      base64: PNG_1X1,
      altText: 'Logo',
      decorative: false,
    });
    const brands: { brand: { id: string; name: string }; bundled: boolean }[] = await first.call('listAvailableBrands', {});
    const nhs = brands.find((b) => b.brand.name === 'NHS blue')!;
    expect(nhs.bundled).toBe(true);
    expect(brands[0]?.brand.name).toBe('NHS blue');
    const saved: { id: string } = await first.call('saveBrand', {
      brand: { ...(nhs.brand as object), id: crypto.randomUUID(), name: 'Trust blue', logoAssetId: logo.id },
    });
    const file: { json: string } = await first.call('exportBrand', { id: saved.id });
    const filePath = temp.path('trust-blue.casebook-brand.json');
    writeFileSync(filePath, file.json);
    first.workspace.close();

    const second = sampleWorkspace();
    const imported: { name: string; logoAssetId: string } = await second.call('importBrand', { json: readFileSync(filePath, 'utf8') });
    expect(imported.name).toBe('Trust blue');
    const asset: { base64: string } = await second.call('getAsset', { id: imported.logoAssetId });
    expect(asset.base64).toBe(PNG_1X1);
    const used: { id: string } = await second.call('useBrand', { id: (imported as unknown as { id: string }).id });
    expect(((await second.call('getMeta', {})) as { brandId: string }).brandId).toBe(used.id);
    second.workspace.close();
  });

  it('refuses a file that is not a brand file, saying why', async () => {
    const { workspace, call } = sampleWorkspace();
    await expect(call('importBrand', { json: '{"format":"something-else"}' })).rejects.toThrow(/not a valid Casebook brand file/);
    await expect(call('importBrand', { json: 'not json' })).rejects.toThrow(/not JSON/);
    workspace.close();
  });

  it('previews the PDF as the export would print it', async () => {
    const { workspace, call } = sampleWorkspace();
    const preview: { base64: string } = await call('previewPdf', { brandName: 'Neutral' });
    expect(Buffer.from(preview.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    workspace.close();
  });
});
