/** The hyphen package ships no types; this is the part of its API we use. */
declare module 'hyphen/en-gb/index.js' {
  const en: { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string };
  export default en;
}
