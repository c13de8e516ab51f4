import { basename, extname } from 'node:path';
import type { ImportResult } from '../../../shared/api/calls/import';
import type { Project } from '../store/project';
import { badRequest } from '../store/errors';
import { now } from '../store/rows';
import { cleanHtml } from './cleanHtml';
import { docxToHtml, type ConvertedHtml } from './docx/docxToHtml';
import { withHtmlDocument } from './htmlDocument';
import { htmlToSections } from './htmlToSections';
import { imagesToFigures } from './imagesToFigures';
import { inlineFootnotes } from './inlineFootnotes';
import { markdownToHtml } from './markdown/markdownToHtml';

export interface ImportInput {
  fileName: string;
  bytes: Uint8Array;
  /** The folder of a Markdown file, so its relative image paths can be read (command line only). */
  baseDir?: string;
}

/** A report still carrying the default title counts as having none. */
const UNTITLED = new Set(['', 'untitled report']);

async function convert(input: ImportInput): Promise<ConvertedHtml> {
  const kind = extname(input.fileName).toLowerCase();
  if (input.bytes.byteLength === 0) throw badRequest(`“${input.fileName}” is empty.`);
  if (kind === '.docx') return docxToHtml(input.bytes, input.fileName);
  if (kind === '.md' || kind === '.markdown') return markdownToHtml(input.bytes, input.fileName, input.baseDir);
  throw badRequest(`“${input.fileName}” cannot be imported: choose a Word document (.docx) or a Markdown file (.md).`);
}

/**
 * Imports a DOCX or Markdown document as new top-level sections at the end of the outline, with
 * its images as assets and its title as the report title when the report has none. The project
 * changes in one transaction, after everything has been converted and checked: all or nothing.
 */
export async function importDocument(project: Project, input: ImportInput): Promise<ImportResult> {
  const name = basename(input.fileName);
  const converted = await convert({ ...input, fileName: name });
  const fallbackTitle = name.replace(/\.[^.]+$/, '') || 'Imported text';
  const { imported, missingAlt, used } = withHtmlDocument(converted.html, (doc) => {
    inlineFootnotes(doc);
    const figures = imagesToFigures(doc, converted.images);
    cleanHtml(doc);
    return { imported: htmlToSections(doc, fallbackTitle), ...figures };
  });
  if (!imported.sections.length) throw badRequest(`“${name}” has no text to import.`);
  const warnings = [...converted.warnings];
  if (missingAlt) warnings.push(`${missingAlt} image${missingAlt === 1 ? ' has' : 's have'} no alt text: describe ${missingAlt === 1 ? 'it' : 'them'} or mark ${missingAlt === 1 ? 'it' : 'them'} decorative before publishing.`);

  return project.transaction(() => {
    for (const image of converted.images) {
      if (!used.has(image.id)) continue;
      project.assets.create(
        { name: image.name, mimeType: image.mimeType, bytes: image.bytes, altText: image.altText, decorative: false },
        { id: image.id, createdAt: now() },
      );
    }
    const sectionIds = imported.sections.map(
      (section) => project.sections.create({ parentId: null, title: section.title, content: section.content }).id,
    );
    let title: string | null = null;
    if (imported.title) {
      if (UNTITLED.has(project.meta.get().title.trim().toLowerCase())) {
        project.meta.update({ title: imported.title });
        title = imported.title;
      } else {
        warnings.push(`The document’s title “${imported.title}” was not used: the report already has a title.`);
      }
    }
    return { sectionIds, title, warnings };
  });
}
