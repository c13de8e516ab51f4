export const EXPORT_FORMAT_IDS = ['pdf', 'docx', 'docx-review', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMAT_IDS)[number];

/** What the export dialog offers, and the file name ending each format is saved with. */
export const EXPORT_FORMATS_INFO: Record<ExportFormat, { label: string; extension: string }> = {
  pdf: { label: 'PDF', extension: '.pdf' },
  docx: { label: 'Word document', extension: '.docx' },
  'docx-review': { label: 'Word review copy (with comments)', extension: '.docx' },
  json: { label: 'Casebook JSON', extension: '.json' },
};
