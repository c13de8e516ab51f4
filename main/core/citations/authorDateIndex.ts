import type { CitationStyle, CslItem, Reference } from '../../../shared/model';
import type { CitationItem } from '../../../shared/schema';
import { citationKey } from '../../../shared/numbering/citationKey';
import type { CitedItem } from '../../../shared/numbering/mentions';
import { bibliographyEntry, entryBody, type BibliographyEntry } from './bibliographyEntry';
import { usableItems } from './citedClusters';
import type { CitationIndex } from './citationIndex';
import type { CiteprocEngine } from './citeproc';
import { cslConfig, cslStyleName, LOCALE } from './cslStyles';
import type { StoredTexts } from './formattingKeys';
import { htmlBibliography } from './htmlBibliography';
import { locatorFields } from './locator';
import { storedAuthorDateIndex } from './storedAuthorDate';

/**
 * Author–date labels and entries depend on the other cited works only through
 * disambiguation ("Smith, 2020a"), which can only involve works with the same
 * first author and year. So the engine is kept registered with the cited set
 * (citeproc-js updates its registry incrementally), labels are cached per
 * citation, and a change of the cited set forgets only the labels whose works
 * share a first author and year with a work that changed.
 */
interface State {
  engine: CiteprocEngine;
  /** The library as the engine sees it: a preview may cite any reference, cited or not. */
  items: Map<string, CslItem>;
  /** The references list the items were last taken from. */
  library: Reference[] | null;
  /** Cited id → its CSL as JSON, as registered. */
  registered: Map<string, string>;
  labels: Map<string, { label: string; groups: string[] }>;
  bibliography: BibliographyEntry[] | null;
}

const states = new Map<string, State>();

/** Works that could be confused in a label: first author (or title) and year. */
function groupOf(csl: CslItem): string {
  const first = csl.author?.[0] ?? csl.editor?.[0];
  const name = (first?.family ?? first?.literal ?? csl.title ?? '').toLowerCase();
  const year = csl.issued?.['date-parts']?.[0]?.[0] ?? csl.issued?.raw ?? '';
  return `${name}|${year}`;
}

/** The style's engine, made once per process and fed the current library on every build. */
function stateFor(styleName: string, references: Reference[]): State {
  let state = states.get(styleName);
  if (!state) {
    const engine = cslConfig().engine([], styleName, LOCALE, 'text');
    const items = new Map<string, CslItem>();
    // citeproc-js fetches items through sys.retrieveItem; ours reads the library as it is now.
    engine.sys.retrieveItem = (id: string) => {
      const item = items.get(id);
      if (!item) throw new Error(`no reference with id ${id} in the library`);
      return item;
    };
    state = { engine, items, library: null, registered: new Map(), labels: new Map(), bibliography: null };
    states.set(styleName, state);
  }
  if (state.library !== references) {
    state.items.clear();
    for (const r of references) state.items.set(r.id, { ...r.csl, id: r.id });
    state.library = references;
  }
  return state;
}

/**
 * Registers exactly these cited works. citeproc-js keeps the data of a
 * registered item, so an edited one is taken out and put back; labels of works
 * that share a first author and year with anything that changed are forgotten.
 */
function register(state: State, cited: string[]): void {
  const wanted = new Map(cited.map((id) => [id, JSON.stringify(state.items.get(id))]));
  const changed = [...new Set([...wanted.keys(), ...state.registered.keys()])].filter((id) => wanted.get(id) !== state.registered.get(id));
  if (!changed.length) return;
  const touched = new Set(
    changed.flatMap((id) => [state.items.get(id), state.registered.has(id) ? (JSON.parse(state.registered.get(id)!) as CslItem) : undefined]).filter((c): c is CslItem => !!c).map(groupOf),
  );
  for (const [key, entry] of state.labels) if (entry.groups.some((g) => touched.has(g))) state.labels.delete(key);
  const edited = new Set(changed.filter((id) => wanted.has(id) && state.registered.has(id)));
  if (edited.size) state.engine.updateItems(cited.filter((id) => !edited.has(id)));
  state.engine.updateItems(cited);
  state.registered = wanted;
  state.bibliography = null;
}

const citeItems = (items: CitedItem[]) => items.map((item) => ({ id: item.referenceId, ...locatorFields(item.locator) }));

/**
 * Harvard: author–date labels, the bibliography sorted by the style (alphabetical).
 * Taken whole from the project file when it was kept for exactly these citations.
 */
export function authorDateIndex(
  style: CitationStyle,
  clusters: CitedItem[][],
  references: Reference[],
  known: ReadonlySet<string>,
  missingLabel: string,
  stored?: StoredTexts,
): CitationIndex {
  const kept =
    stored && storedAuthorDateIndex(style, clusters, references, known, missingLabel, stored, () => authorDateIndex(style, clusters, references, known, missingLabel));
  if (kept) return kept;
  const byId = new Map(references.map((r) => [r.id, r]));
  const state = stateFor(cslStyleName(style), references);
  const cited = [...new Set(clusters.flat().map((i) => i.referenceId))];
  register(state, cited);
  let registeredNow = state.registered;

  const format = (items: CitedItem[]) => {
    const key = citationKey(items);
    const stored = state.labels.get(key);
    if (stored) return stored.label;
    const label = state.engine.makeCitationCluster(citeItems(items));
    state.labels.set(key, { label, groups: items.map((i) => groupOf(byId.get(i.referenceId)!.csl)) });
    return label;
  };
  const labels = new Map(clusters.map((cluster) => [citationKey(cluster), format(cluster)]));

  state.bibliography ??= (() => {
    const { ids, html } = htmlBibliography(state.engine);
    return ids.map((id, i) => bibliographyEntry(id, entryBody(html[i]!)));
  })();
  const bibliography = state.bibliography;

  const previews = new Map<string, string>();
  const label = (raw: CitationItem[]): string => {
    const items = usableItems(raw, known);
    if (!items.length) return missingLabel;
    const key = citationKey(items);
    const stored = labels.get(key) ?? previews.get(key);
    if (stored !== undefined) return stored;
    // Another index may have used the engine since: put this library and cited set back.
    stateFor(cslStyleName(style), references);
    if (state.registered !== registeredNow) {
      register(state, cited);
      registeredNow = state.registered;
    }
    const extra = items.map((i) => i.referenceId).filter((id) => !registeredNow.has(id));
    let text: string;
    if (!extra.length) text = format(items);
    else {
      // A preview citing a work not yet cited: register it for this label only.
      state.engine.updateItems([...cited, ...extra]);
      text = state.engine.makeCitationCluster(citeItems(items));
      state.engine.updateItems(cited);
    }
    previews.set(key, text);
    return text;
  };

  return { style, label, bibliography, labels };
}
