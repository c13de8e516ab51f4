/** The part of a citeproc-js engine (as citation-js hands it out) that Casebook drives. */
export interface CiteItem {
  id: string;
  locator?: string;
  label?: string;
  suffix?: string;
}

export interface Citation {
  citationID: string;
  citationItems: CiteItem[];
  properties: { noteIndex: number };
}

export interface CiteprocEngine {
  /** The callbacks citeproc-js reads items through. */
  sys: { retrieveItem: (id: string) => object };
  setOutputFormat(format: 'html' | 'text'): void;
  updateItems(ids: string[]): void;
  /** Processes every citation in order (numbering by first citation); returns [citationID, noteIndex, label]. */
  rebuildProcessorState(citations: Citation[], format: 'html' | 'text'): [string, number, string][];
  previewCitationCluster(citation: Citation, pre: [string, number][], post: [string, number][], format: 'html' | 'text'): string;
  /** Formats one cluster against the registered items, without touching the citation state. */
  makeCitationCluster(items: CiteItem[]): string;
  makeBibliography(): [{ entry_ids: string[][] }, string[]] | false;
}

/** citation-js's CSL plugin configuration: registries of styles and locales, and its engine cache. */
export interface CslPluginConfig {
  styles: { add(name: string, xml: string): void; get(name: string): string; has(name: string): boolean };
  locales: { add(name: string, locale: unknown): void; has(name: string): boolean };
  engine(items: object[], style: string, locale: string, format: 'html' | 'text'): CiteprocEngine;
}
