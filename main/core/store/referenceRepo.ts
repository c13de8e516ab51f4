import type Database from 'better-sqlite3';
import { CslItem, type Reference } from '../../../shared/model';
import { citesReference } from '../../../shared/numbering/sectionsMentioning';
import { bareDoi } from '../citations/normaliseCsl';
import { conflict, notFound } from './errors';
import { describePlaces, mentioningSections, type SectionPlace } from './mentioningSections';
import { newId, parseJson } from './rows';

interface RefRow {
  id: string;
  position: number;
  csl: string;
}

const toReference = (r: RefRow): Reference => {
  const csl = parseJson<CslItem>(r.csl, `reference ${r.id}`);
  return { id: r.id, order: r.position, csl: { ...csl, id: r.id } };
};

/** A CSL item as stored: checked, carrying its id, its DOI without a resolver prefix (styles add their own). */
function cleanItem(csl: CslItem, id: string): CslItem {
  const item = CslItem.parse({ ...csl, id });
  if (item.DOI !== undefined) item.DOI = bareDoi(item.DOI);
  if (item.DOI === '') delete item.DOI;
  return item;
}

export class ReferenceRepo {
  constructor(private readonly db: Database.Database) {}

  list(): Reference[] {
    return (this.db.prepare('SELECT * FROM refs ORDER BY position').all() as RefRow[]).map(toReference);
  }

  get(id: string): Reference {
    const row = this.db.prepare('SELECT * FROM refs WHERE id = ?').get(id) as RefRow | undefined;
    if (!row) throw notFound('reference', id);
    return toReference(row);
  }

  create(csl: CslItem, id = newId()): Reference {
    const item = cleanItem(csl, id);
    const position = (this.db.prepare('SELECT COUNT(*) AS n FROM refs').get() as { n: number }).n;
    this.db.prepare('INSERT INTO refs (id, position, csl) VALUES (?, ?, ?)').run(id, position, JSON.stringify(item));
    return this.get(id);
  }

  update(id: string, csl: CslItem): Reference {
    this.get(id);
    this.db.prepare('UPDATE refs SET csl = ? WHERE id = ?').run(JSON.stringify(cleanItem(csl, id)), id);
    return this.get(id);
  }

  /** The sections whose text cites this reference, in outline order. */
  citedIn(id: string): SectionPlace[] {
    return mentioningSections(this.db, id, citesReference(id));
  }

  /** Deletes a reference; refused, naming the places, while any section cites it (its citations would dangle). */
  delete(id: string): void {
    this.db.transaction(() => {
      const ref = this.get(id);
      const places = this.citedIn(id);
      if (places.length) {
        const title = ref.csl.title ? `“${ref.csl.title}”` : 'This reference';
        throw conflict(`${title} is cited in ${describePlaces(places)}; remove those citations before deleting it.`);
      }
      this.db.prepare('DELETE FROM refs WHERE id = ?').run(id);
      // Close the gap: new references are placed at COUNT(*), which must not collide with a survivor.
      const setPosition = this.db.prepare('UPDATE refs SET position = ? WHERE id = ?');
      this.list().forEach((ref, i) => setPosition.run(i, ref.id));
    })();
  }
}
