import { DOMParser as PmDOMParser } from '@tiptap/pm/model';
import type { Document, Element } from 'happy-dom';
import type { DocNode } from '../../../shared/model';
import { reportSchema } from '../../../shared/schema';
import { planSections, sectionHeadingLevel } from './splitIntoSections';

export interface ImportedSection {
  title: string;
  content: DocNode;
}

export interface ImportedDocument {
  /** The document's own title heading, if it has one. */
  title: string | null;
  sections: ImportedSection[];
}

let schema: ReturnType<typeof reportSchema> | undefined;

const headingLevel = (el: Element) => (/^H([1-6])$/.exec(el.tagName) ? Number(el.tagName[1]) : null);
const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 500);

/** A section is worth creating when it has some text, a figure or a table. */
function hasContent(doc: DocNode): boolean {
  const walk = (n: DocNode): boolean =>
    (n.type === 'text' && !!n.text?.trim()) || ['figure', 'table', 'horizontalRule'].includes(n.type) || (n.content ?? []).some(walk);
  return walk(doc);
}

/**
 * Splits the cleaned document at its section headings and parses each part with the report schema
 * (deeper headings become the schema's levels 2–4), so every section is valid before anything is stored.
 */
export function htmlToSections(doc: Document, fallbackTitle: string): ImportedDocument {
  schema ??= reportSchema();
  const parser = PmDOMParser.fromSchema(schema);
  const blocks = Array.from(doc.body.children) as Element[];
  const plan = planSections(blocks.map((b) => ({ level: headingLevel(b) })));
  const sections: ImportedSection[] = [];
  for (const part of plan.sections) {
    const holder = doc.createElement('div');
    for (const block of blocks.slice(part.from, part.to)) {
      const level = headingLevel(block);
      if (level === null) {
        holder.appendChild(block);
        continue;
      }
      const heading = doc.createElement(`h${sectionHeadingLevel(level, plan.splitLevel)}`);
      heading.append(...Array.from(block.childNodes));
      holder.appendChild(heading);
    }
    const content = parser.parse(holder as never).toJSON() as DocNode;
    const title = part.heading !== null ? text(blocks[part.heading]!) : '';
    if (part.heading === null && !hasContent(content)) continue;
    sections.push({ title: title || fallbackTitle, content });
  }
  const title = plan.titleHeading !== null ? text(blocks[plan.titleHeading]!) || null : null;
  return { title, sections };
}
