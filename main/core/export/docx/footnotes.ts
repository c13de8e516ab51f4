import { Paragraph, type ParagraphChild } from 'docx';
import { STYLE } from './styleIds';

/** Footnotes numbered in the order the walk meets them, for Document's `footnotes` option. */
export class Footnotes {
  private readonly notes: Record<string, { children: Paragraph[] }> = {};
  private next = 1;

  add(children: ParagraphChild[]): number {
    const id = this.next++;
    this.notes[id] = { children: [new Paragraph({ style: STYLE.footnoteText, children })] };
    return id;
  }

  get count(): number {
    return this.next - 1;
  }

  options(): Record<string, { children: Paragraph[] }> {
    return this.notes;
  }
}
