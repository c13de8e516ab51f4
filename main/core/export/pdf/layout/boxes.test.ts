import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { generateLongReport } from '../../../sample/generateLongReport';
import { loadReportDocument } from '../../reportDocument';
import { withoutHyphenation } from '../text/hyphenate';
import { layoutReport } from './layoutReport';

const dir = mkdtempSync(join(tmpdir(), 'casebook-pdf-boxes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('never starts a page with the empty foot of a box that ended on the page before', () => {
  const project = generateLongReport(join(dir, 'long.casebook'));
  const layout = (() => {
    try {
      // Laid out as for the DOCX's contents (no hyphenation), where a warning box of this report ends at a page's foot.
      return withoutHyphenation(() => layoutReport(loadReportDocument(project), () => {}));
    } finally {
      project.close();
    }
  })();
  const boxedPages = layout.pages.filter((page) => page.slices.some(({ slice }) => (slice.boxes?.length ?? 0) > 0));
  expect(boxedPages.length).toBeGreaterThan(20);
  const strays = layout.pages.flatMap((page, i) => {
    const [first, second] = page.slices;
    // A box may start a page (its top padding comes first, its content after); only its bottom padding may not.
    const emptyBoxPart = first && first.slice.items.length === 0 && (first.slice.boxes?.length ?? 0) > 0;
    return emptyBoxPart && second?.slice.boxes !== first.slice.boxes ? [i + 1] : [];
  });
  expect(strays).toEqual([]);
});
