import type { publishingCalls } from '../../../../shared/api/calls/publishing';
import { EXPORT_FORMATS_INFO } from '../../../../shared/export/formats';
import { bundledBrands, DEFAULT_BRAND_NAME, findBrand } from '../../brand/bundledBrands';
import { brandFileText, importBrandText } from '../../brand/brandFile';
import { loadReportDocument } from '../../export/reportDocument';
import { renderPdf } from '../../export/pdf/renderPdf';
import { notFound } from '../../store/errors';
import type { HandlersFor } from '../handlerTypes';
import type { Workspace } from '../workspace';

const job = (ws: Workspace, jobId: string) => {
  ws.require();
  const status = ws.exports.status(jobId);
  if (!status) throw notFound('export', jobId);
  return status;
};

/** A file name from the report title, safe on every platform. */
const defaultName = (title: string, extension: string) =>
  `${(title || 'Report').replace(/[\\/:*?"<>|]+/g, '-').replace(/\s+/g, ' ').trim().slice(0, 100)}${extension}`;

export const publishingHandlers: HandlersFor<typeof publishingCalls> = {
  chooseExportPath: async (ws, { format }) => {
    const info = EXPORT_FORMATS_INFO[format];
    const title = ws.require().meta.get().title;
    const path = await ws.host.chooseSavePath({
      title: `Export ${info.label}`,
      defaultName: defaultName(format === 'docx-review' ? `${title} (review copy)` : title, info.extension),
      extensions: [info.extension.slice(1)],
    });
    return { path };
  },
  startExport: (ws, { format, path, brandName }) => ws.exports.start(ws.require(), format, path, brandName),
  exportStatus: (ws, { jobId }) => job(ws, jobId),
  cancelExport: (ws, { jobId }) => {
    job(ws, jobId);
    return ws.exports.cancel(jobId)!;
  },
  showInFolder: (ws, { path }) => {
    ws.require();
    ws.host.showInFolder(path);
    return {};
  },
  openExported: async (ws, { path }) => {
    ws.require();
    await ws.host.openPath(path);
    return {};
  },
  previewPdf: async (ws, { brandName }) => {
    const bytes = await renderPdf(loadReportDocument(ws.require(), { brandName }));
    return { base64: Buffer.from(bytes).toString('base64') };
  },
  listAvailableBrands: (ws) => {
    const project = ws.require();
    const own = project.brands.list();
    const bundled = bundledBrands().filter((b) => !own.some((o) => o.id === b.id));
    const entries = [...own.map((brand) => ({ brand, bundled: false })), ...bundled.map((brand) => ({ brand, bundled: true }))];
    // The brand exports use when none is named comes first, so pickers start on it.
    const effective = project.meta.get().brandId ?? findBrand(DEFAULT_BRAND_NAME, own)?.id;
    return entries.sort((a, b) => Number(b.brand.id === effective) - Number(a.brand.id === effective));
  },
  saveBrand: (ws, { brand }) => ws.require().brands.save(brand),
  deleteBrand: (ws, { id }) => {
    const project = ws.require();
    project.transaction(() => {
      project.brands.delete(id);
      if (project.meta.get().brandId === id) project.meta.update({ brandId: null });
    });
    return { id };
  },
  useBrand: (ws, { id }) => {
    const project = ws.require();
    return project.transaction(() => {
      const brand = project.brands.list().find((b) => b.id === id) ?? bundledBrands().find((b) => b.id === id);
      if (!brand) throw notFound('brand', id);
      project.brands.save(brand);
      project.meta.update({ brandId: brand.id });
      return brand;
    });
  },
  importBrand: (ws, { json }) => importBrandText(ws.require(), json),
  exportBrand: (ws, { id }) => ({ json: brandFileText(ws.require(), id) }),
};

