import type { ReportDocument } from '../../reportDocument';
import { withoutHyphenation } from '../text/hyphenate';
import { REFERENCES_ANCHOR } from './bibliography';
import { layoutReport } from './layoutReport';

/** Key of the bibliography's own "References" heading (when no section of the report holds it). */
export const REFERENCES_HEADING = REFERENCES_ANCHOR;

const SECTION_ANCHOR = /^sec-(.+)$/;

/**
 * The page each section heading starts on, counting the cover as page 1, as
 * this engine lays the report out (layout only: nothing is drawn or written)
 * without hyphenation, as Word and LibreOffice lay out the DOCX. Keys are
 * section ids, and REFERENCES_HEADING for the bibliography's own heading. The
 * DOCX uses it to fill in its contents' page numbers.
 */
export function headingPages(report: ReportDocument, signal?: AbortSignal): Map<string, number> {
  const layout = withoutHyphenation(() => layoutReport(report, () => signal?.throwIfAborted(), signal));
  const pages = new Map<string, number>();
  layout.pages.forEach((page, i) => {
    for (const { slice } of page.slices) {
      for (const anchor of slice.anchors ?? []) {
        const key = anchor === REFERENCES_ANCHOR ? REFERENCES_HEADING : SECTION_ANCHOR.exec(anchor)?.[1];
        if (key && !pages.has(key)) pages.set(key, i + 1);
      }
    }
  });
  return pages;
}
