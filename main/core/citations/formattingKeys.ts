import { createHash } from 'node:crypto';
import pluginPackage from '@citation-js/plugin-csl/package.json' with { type: 'json' };
import citeprocPackage from 'citeproc/package.json' with { type: 'json' };
import enGB from 'locale-en-gb';
import type { CslItem } from '../../../shared/model';
import type { CitedItem } from '../../../shared/numbering/mentions';
import { cslConfig, LOCALE } from './cslStyles';

/**
 * Raise when the way Casebook turns citeproc-js output into stored text changes
 * (entryBody, the label shapes, the stored bibliography's JSON): every key then changes,
 * so text made by an older Casebook is never read as current.
 */
const STORED_FORMAT = 1;

/**
 * The versions of the engine that formats: citeproc-js (a direct dependency at the
 * version citation-js's CSL plugin resolves, the only copy installed) and the plugin.
 * Read at build time, so the packaged app, whose bundle ships no node_modules, has them.
 */
const ENGINE_VERSIONS = [citeprocPackage.version, pluginPackage.version];

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const fingerprints = new Map<string, string>();

/** A hash of everything but the data that decides how a style formats: engine versions, the style's CSL, the locale. */
function styleFingerprint(styleName: string): string {
  let fingerprint = fingerprints.get(styleName);
  if (!fingerprint) {
    const xml = cslConfig().styles.get(styleName);
    fingerprint = sha256(JSON.stringify([STORED_FORMAT, ENGINE_VERSIONS, styleName, xml, LOCALE, enGB]));
    fingerprints.set(styleName, fingerprint);
  }
  return fingerprint;
}

/**
 * The key of a formatted text: the style's fingerprint, what kind of text it is and the
 * exact input it was formatted from (a CSL item as JSON, a label's shape, a cited set).
 * Whatever changes the text changes the key.
 */
export const formattingKey = (styleName: string, kind: string, input: string): string =>
  sha256(`${styleFingerprint(styleName)}\u0000${kind}\u0000${input}`);

/** One numeric-style entry depends only on its own CSL item (no year suffixes, no sorting). */
export const entryKey = (styleName: string, csl: CslItem): string => formattingKey(styleName, 'entry', JSON.stringify(csl));

/** A numeric label depends only on its shape: the numbers and locators it shows. */
export const labelKey = (styleName: string, shape: string): string => formattingKey(styleName, 'label', shape);

/**
 * An author–date bibliography and its labels depend on the whole cited set (year
 * suffixes, added initials), so they are keyed by every citation and every cited item.
 */
export const bibliographyKey = (styleName: string, clusters: CitedItem[][], cited: CslItem[]): string =>
  formattingKey(styleName, 'bibliography', JSON.stringify([clusters, cited]));

/** Texts formatted earlier (kept in the project file), by key; asked only for what this process has not formatted. */
export type StoredTexts = (keys: string[]) => ReadonlyMap<string, string>;
