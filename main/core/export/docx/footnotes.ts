import { Paragraph, Tab, TextRun, type ParagraphChild } from 'docx';
import { STYLE } from './styleIds';

/** Footnotes numbered in the order the walk meets them, for Document's `footnotes` option. */
export class Footnotes {
  private readonly notes: Record<string, { children: Paragraph[] }> = {};
  private next = 1;

  add(children: ParagraphChild[]): number {
    const id = this.next++;
    // Word puts the note's number first; the tab takes the text to the hanging indent, as the PDF hangs its numbers.
    this.notes[id] = { children: [new Paragraph({ style: STYLE.footnoteText, children: [new TextRun({ children: [new Tab()] }), ...children] })] };
    return id;
  }

  get count(): number {
    return this.next - 1;
  }

  options(): Record<string, { children: Paragraph[] }> {
    return this.notes;
  }
}
