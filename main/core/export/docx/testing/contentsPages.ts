import { execFileSync } from 'node:child_process';
import { pdfPages } from './libreOffice';

/** An entry of the contents as the DOCX writes it: the heading's text and the page it states. */
export interface ContentsEntry {
  title: string;
  page: number;
}

const decode = (xml: string) => xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The entries of the TOC field's result in word/document.xml, in order. */
export function contentsEntries(documentXml: string): ContentsEntry[] {
  const control = /<w:sdtContent>(.*?)<\/w:sdtContent>/s.exec(documentXml)?.[1] ?? '';
  return [...control.matchAll(/<w:hyperlink [^>]*>(.*?)<\/w:hyperlink>/gs)].map(([, link]) => {
    const [title = '', page = ''] = (link ?? '').split('<w:tab/>').map((part) => decode([...part.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')));
    return { title, page: Number(page) };
  });
}

/** Each page's text (pdftotext), in order. */
export function pageTexts(pdfPath: string): string[] {
  return Array.from({ length: pdfPages(pdfPath) }, (_, i) => execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', pdfPath, '-'], { encoding: 'utf8' }));
}

/**
 * The page (1-based) each title is found on as a line of its own, after the
 * contents: the last page where it is, since the contents list it first.
 */
export function pagesOfHeadings(pages: string[], titles: string[]): (number | null)[] {
  const lines = pages.map((text) => new Set(text.split('\n').map((line) => line.trim().replace(/\s+/g, ' '))));
  return titles.map((title) => {
    for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.has(title)) return i + 1;
    return null;
  });
}
