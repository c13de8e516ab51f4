import type { CiteItem } from './citeproc';

/** Words writers put before a locator, mapped to CSL locator labels. */
const LABELS: [RegExp, string][] = [
  [/^(?:pages?|pp\.?|p\.?)\s*/i, 'page'],
  [/^(?:chapters?|chap\.|ch\.?)\s*/i, 'chapter'],
  [/^(?:paragraphs?|paras?\.?|¶)\s*/i, 'paragraph'],
  [/^(?:sections?|sect?\.|s\.|§)\s*/i, 'section'],
  [/^(?:figures?|figs?\.?)\s*/i, 'figure'],
  [/^(?:tables?|tab\.)\s*/i, 'table'],
  [/^(?:appendix|appendices|app\.|appx\.?)\s*/i, 'appendix'],
  [/^(?:volumes?|vols?\.?)\s*/i, 'volume'],
  [/^(?:lines?|ll?\.)\s*/i, 'line'],
];

/**
 * Turns the locator a writer typed ("p. 12", "pp. 4-6", "12", "chapter 3") into
 * a CSL locator and label, so the style prints the label its own way. Text it
 * cannot read as a locator is kept verbatim after the citation.
 */
export function locatorFields(raw: string | undefined): Pick<CiteItem, 'locator' | 'label' | 'suffix'> {
  const text = raw?.trim();
  if (!text) return {};
  if (/^[\divxlc]+(?:\s*[-–]\s*[\divxlc]+)?$/i.test(text)) return { locator: text, label: 'page' };
  for (const [pattern, label] of LABELS) {
    const match = pattern.exec(text);
    if (match && match[0].length < text.length && /^[\divxlc]/i.test(text.slice(match[0].length))) {
      return { locator: text.slice(match[0].length).trim(), label };
    }
  }
  return { suffix: `, ${text}` };
}
