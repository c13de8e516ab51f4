import { z } from 'zod';
import { call } from '../call';
import { Brand, Id } from '../../model';
import { EXPORT_FORMAT_IDS } from '../../export/formats';

export const ExportFormatId = z.enum(EXPORT_FORMAT_IDS);

/** More than a dialog can usefully list; the rest are counted in the last one. */
export const MAX_EXPORT_WARNINGS = 50;

export const ExportJobStatus = z.object({
  jobId: Id,
  format: ExportFormatId,
  path: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  done: z.number().min(0),
  total: z.number().min(0),
  message: z.string().optional(),
  /** What the exporter is doing now, e.g. "Laying out section 37 of 100". */
  stage: z.string().max(200).optional(),
  /** Problems that did not stop the export, such as an image printed as its description. */
  warnings: z.array(z.string().max(2_000)).max(MAX_EXPORT_WARNINGS),
});
export type ExportJobStatus = z.infer<typeof ExportJobStatus>;

export const BrandEntry = z.object({ brand: Brand, bundled: z.boolean() });
export type BrandEntry = z.infer<typeof BrandEntry>;

const Path = z.string().min(1).max(4096);

export const publishingCalls = {
  chooseExportPath: call(
    'Ask where to save an export (native dialog in the app); null when cancelled.',
    z.object({ format: ExportFormatId }).strict(),
    z.object({ path: z.string().nullable() }),
  ),
  startExport: call(
    'Start exporting the report; poll exportStatus for progress.',
    z.object({ format: ExportFormatId, path: Path, brandName: z.string().max(200).optional() }).strict(),
    ExportJobStatus,
  ),
  exportStatus: call('Progress and outcome of an export.', z.object({ jobId: Id }).strict(), ExportJobStatus),
  cancelExport: call('Stop an export; nothing is written.', z.object({ jobId: Id }).strict(), ExportJobStatus),
  showInFolder: call('Show an exported file in the file manager.', z.object({ path: Path }).strict(), z.object({})),
  openExported: call('Open an exported file in its default application.', z.object({ path: Path }).strict(), z.object({})),
  previewPdf: call(
    'The report laid out as the PDF export would print it, for the preview.',
    z.object({ brandName: z.string().max(200).optional() }).strict(),
    z.object({ base64: z.base64() }),
  ),
  listAvailableBrands: call('The project’s brands and the bundled ones.', z.object({}).strict(), z.array(BrandEntry)),
  saveBrand: call('Create or change a brand stored in the project.', z.object({ brand: Brand }).strict(), Brand),
  deleteBrand: call('Delete a brand stored in the project.', z.object({ id: Id }).strict(), z.object({ id: Id })),
  useBrand: call('Make a brand the report’s own (stored in the project if bundled).', z.object({ id: Id }).strict(), Brand),
  importBrand: call(
    'Add a brand from a brand file’s text; a clash of ids gets a new id.',
    z.object({ json: z.string().max(2_000_000) }).strict(),
    Brand,
  ),
  exportBrand: call('The brand file’s text for a brand, to reuse in other reports.', z.object({ id: Id }).strict(), z.object({ json: z.string() })),
};
