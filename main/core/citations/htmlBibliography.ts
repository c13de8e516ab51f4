import type { CiteprocEngine } from './citeproc';

/** The engine's bibliography of its registered items as HTML, with the reference id of each entry. */
export function htmlBibliography(engine: CiteprocEngine): { ids: string[]; html: string[] } {
  engine.setOutputFormat('html');
  const made = engine.makeBibliography();
  engine.setOutputFormat('text');
  if (!made) return { ids: [], html: [] };
  return { ids: made[0].entry_ids.map((ids) => ids[0]!), html: made[1] };
}
