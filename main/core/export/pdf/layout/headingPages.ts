import type { ReportDocument } from '../../reportDocument';
import { withoutHyphenation } from '../text/hyphenate';
import { pageLabel } from '../pageLabels';
import { REFERENCES_ANCHOR } from './bibliography';
import { layoutReport } from './layoutReport';

/** Key of the bibliography's own "References" heading (when no section of the report holds it). */
export const REFERENCES_HEADING = REFERENCES_ANCHOR;

const SECTION_ANCHOR = /^sec-(.+)$/;

/** Page numbers as the PDF prints them: its footer's "Page X of Y", its page labels and contents. */
export interface PrintedPageNumbers {
  /** By section id, and REFERENCES_HEADING: the number printed on the page the heading starts on. */
  headings: Map<string, string>;
  /** The report's own pages after the cover and contents, numbered from 1: the footer's Y. */
  reportPages: number;
}

/**
 * The page numbers the PDF prints, as this engine lays the report out (layout
 * only: nothing is drawn or written) without hyphenation, as Word and
 * LibreOffice lay out the DOCX: the number on the page each section heading
 * starts on, and how many pages the report's own pages count. The DOCX fills
 * in its contents' page numbers and its footer's page count from them.
 */
export function headingPages(report: ReportDocument, signal?: AbortSignal): PrintedPageNumbers {
  const layout = withoutHyphenation(() => layoutReport(report, () => signal?.throwIfAborted(), signal));
  const headings = new Map<string, string>();
  layout.pages.forEach((page, i) => {
    for (const { slice } of page.slices) {
      for (const anchor of slice.anchors ?? []) {
        const key = anchor === REFERENCES_ANCHOR ? REFERENCES_HEADING : SECTION_ANCHOR.exec(anchor)?.[1];
        if (key && !headings.has(key)) headings.set(key, pageLabel(i, layout.frontPages));
      }
    }
  });
  return { headings, reportPages: layout.pages.length - layout.frontPages };
}
