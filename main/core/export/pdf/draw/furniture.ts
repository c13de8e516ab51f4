import type { Face } from '../fonts/fontCache';
import { FRAME, PAGE, type Theme } from '../layout/theme';
import type { Rgb } from '../layout/types';
import type { ContentStream } from './contentStream';

function text(out: ContentStream, face: Face, size: number, colour: Rgb, x: number, baselineTop: number, value: string): void {
  out.beginText();
  out.font(face, size);
  out.fillColour(colour);
  out.moveTo(x, PAGE.height - baselineTop);
  out.show(face, value);
  out.endText();
}

/** Fits a header string in `width` by dropping words, so a long title never runs into the chapter name. */
function fit(face: Face, size: number, value: string, width: number): string {
  if (face.width(value) * size <= width) return value;
  const words = value.split(' ');
  while (words.length > 1 && face.width(`${words.join(' ')}…`) * size > width) words.pop();
  return `${words.join(' ')}…`;
}

export interface Furniture {
  title: string;
  chapter: string;
  footerText: string;
  /** "Page 3 of 120" on the report's pages, the roman label on the contents. */
  pageText: string;
}

/** Running header and "Page X of Y" footer, as pagination artifacts (screen readers skip them). */
export function drawFurniture(out: ContentStream, theme: Theme, f: Furniture): void {
  const face = theme.face('heading');
  const size = 8;
  const half = (FRAME.right - FRAME.left) / 2 - 8;
  out.beginArtifact('Pagination', 'Header');
  text(out, face, size, theme.muted, FRAME.left, FRAME.headerBaseline, fit(face, size, f.title, half));
  const chapter = fit(face, size, f.chapter, half);
  text(out, face, size, theme.primary, FRAME.right - face.width(chapter) * size, FRAME.headerBaseline, chapter);
  out.fillColour(theme.primary);
  out.rect(FRAME.left, PAGE.height - FRAME.headerBaseline - 6, FRAME.right - FRAME.left, 0.6, 'f');
  out.end();
  out.beginArtifact('Pagination', 'Footer');
  if (f.footerText) text(out, face, size, theme.muted, FRAME.left, FRAME.footerBaseline, fit(face, size, f.footerText, half));
  const label = f.pageText;
  text(out, face, size, theme.text, FRAME.right - face.width(label) * size, FRAME.footerBaseline, label);
  out.end();
}
