import type Database from 'better-sqlite3';
import type { DocNode } from '../../../shared/model';
import type { Mention } from '../../../shared/numbering/mentions';
import { sectionNumbers } from '../../../shared/numbering/sectionNumbers';
import { sectionsMentioning } from '../../../shared/numbering/sectionsMentioning';
import { mentionPositions } from './mentionPositions';
import { parseJson } from './rows';
import { depthFirst, type SectionRow } from './sectionTree';

/** A section whose text mentions something, as a person finds it: number and title. */
export interface SectionPlace {
  sectionId: string;
  /** As printed: "2.1". */
  number: string;
  title: string;
  /** How many mentions the section holds. */
  count: number;
  /** ProseMirror positions of the mentions, in document order, for jumping to them. */
  positions: number[];
}

/**
 * The sections, in outline order, whose text holds matching mentions of an id.
 * Only sections whose stored JSON contains the id are parsed.
 */
export function mentioningSections(db: Database.Database, id: string, matches: (m: Mention) => boolean): SectionPlace[] {
  const rows = db
    .prepare('SELECT id, parent_id, position, title, review_status, updated_at, words FROM sections WHERE deleted_at IS NULL')
    .all() as SectionRow[];
  const ordered = depthFirst(rows);
  const numbers = sectionNumbers(ordered.map((r) => ({ id: r.id, parentId: r.parent_id })));
  const candidates = new Map(
    (db.prepare('SELECT id, content FROM sections WHERE deleted_at IS NULL AND instr(content, ?) > 0').all(id) as { id: string; content: string }[]).map((r) => [
      r.id,
      parseJson<DocNode>(r.content, `content of section ${r.id}`),
    ]),
  );
  const sections = ordered.filter((r) => candidates.has(r.id)).map((r) => ({ id: r.id, title: r.title, content: candidates.get(r.id)! }));
  return sectionsMentioning(sections, matches).map(({ section, count }) => ({
    sectionId: section.id,
    number: numbers.get(section.id)!.number,
    title: section.title,
    count,
    positions: mentionPositions(section.content, matches),
  }));
}

/** "2.1 Background and 3 Findings", for messages. */
export function describePlaces(places: SectionPlace[]): string {
  const names = places.map((p) => `${p.number} ${p.title || '(untitled)'}`);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : (names[0] ?? '');
}
