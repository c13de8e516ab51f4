// The citation-js packages ship no type declarations; these cover what Casebook uses.

declare module '@citation-js/core' {
  export const plugins: {
    input: {
      chain(data: unknown, options?: { forceType?: string; generateGraphs?: boolean }): Record<string, unknown>[];
      type(data: unknown): string;
    };
    config: { get(name: string): unknown };
  };
}

declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-bibtex';

declare module 'locale-en-gb' {
  /** The CSL en-GB locale as citeproc-js's JSON form of the XML. */
  const locale: Record<string, unknown>;
  export default locale;
}
