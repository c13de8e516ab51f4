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

const PAGE_NUMBER = /(?:^|\s{2,})(Page \d+ of \d+|[ivxlcdm]+)$/;

/** What each page prints at the foot's right: "Page 3 of 12", a roman number, or '' (the cover). */
export function pageFooters(pages: string[]): string[] {
  return pages.map((text) => {
    const last = text.split('\n').map((line) => line.trim()).filter(Boolean).at(-1) ?? '';
    return PAGE_NUMBER.exec(last)?.[1] ?? '';
  });
}

/** The X of each page's "Page X of Y", or null on the cover and contents. */
export const printedPageNumbers = (pages: string[]): (number | null)[] =>
  pageFooters(pages).map((footer) => {
    const page = /^Page (\d+) of/.exec(footer)?.[1];
    return page === undefined ? null : Number(page);
  });

/** The entries of a PDF's contents as pdftotext lays them out, on its roman-numbered pages: the title, then the page it states. */
export function printedContents(pages: string[]): ContentsEntry[] {
  const footers = pageFooters(pages);
  return pages
    .filter((_, i) => /^[ivxlcdm]+$/.test(footers[i]!))
    .flatMap((text) => [...text.matchAll(/^\s*(\S.*?)\s{2,}(\d+)\s*$/gm)].map(([, title, page]) => ({ title: title!.replace(/\s+/g, ' '), page: Number(page) })));
}
