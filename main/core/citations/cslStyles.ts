import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import enGB from 'locale-en-gb';
import type { CitationStyle } from '../../../shared/model';
import type { CslPluginConfig } from './citeproc';

/**
 * The CSL styles and locale Casebook formats with. All come from registry
 * packages: the styles bundled with @citation-js/plugin-csl ("vancouver" is
 * NLM/Vancouver, Citing Medicine 2nd edition; "harvard1" is Cite Them Right 12th
 * edition Harvard) and the en-GB locale from locale-en-gb.
 */
export const LOCALE = 'en-GB';

const VANCOUVER = 'casebook-vancouver';
/** The same style under a second name, so citation-js gives the label formatter an engine of its own. */
export const VANCOUVER_LABELS = 'casebook-vancouver-labels';
const BUNDLED_HARVARD = 'harvard1';
/** Registered under our own name so no other citation-js user in the process resets the engine Casebook keeps registered. */
const HARVARD = 'casebook-harvard';

/**
 * NLM's in-text citations are "(1,3)"; reports print them in square brackets with
 * a locator after the number ("[1, 3]", "[2–4]", "[1 p. 12]"), as vancouver-brackets
 * does. Only the <citation> element changes; the bibliography is NLM's own.
 */
const BRACKETED_CITATION =
  '<citation collapse="citation-number"><sort><key variable="citation-number"/></sort>' +
  '<layout delimiter=", " prefix="[" suffix="]"><group delimiter=" "><text variable="citation-number"/>' +
  '<group delimiter=" "><label variable="locator" form="short"/><text variable="locator"/></group></group></layout></citation>';

let registered: CslPluginConfig | null = null;

/** citation-js's CSL configuration with Casebook's styles and locale registered (once per process). */
export function cslConfig(): CslPluginConfig {
  if (registered) return registered;
  const config = plugins.config.get('@csl') as CslPluginConfig;
  config.locales.add(LOCALE, enGB);
  const nlm = config.styles.get('vancouver');
  const withBrackets = nlm.replace(/<citation\b[\s\S]*?<\/citation>/, BRACKETED_CITATION);
  if (withBrackets === nlm) throw new Error('the bundled Vancouver style has no <citation> element to adapt');
  config.styles.add(VANCOUVER, withBrackets);
  config.styles.add(VANCOUVER_LABELS, withBrackets);
  if (!config.styles.has(BUNDLED_HARVARD)) throw new Error('the Harvard style is missing from @citation-js/plugin-csl');
  config.styles.add(HARVARD, config.styles.get(BUNDLED_HARVARD));
  registered = config;
  return config;
}

/** The registered CSL style a report's citation style is formatted with. */
export const cslStyleName = (style: CitationStyle): string => (style === 'vancouver' ? VANCOUVER : HARVARD);

/** Numeric styles number references by first citation; author–date styles sort them alphabetically. */
export const isNumeric = (style: CitationStyle) => style === 'vancouver';
