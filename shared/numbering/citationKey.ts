import type { CitedItem } from './mentions';

/**
 * A stable key for one citation's items, so the editor can look up the label the
 * main process computed for a citation node (same references and locators, same label).
 */
export const citationKey = (items: CitedItem[]): string =>
  items.map((i) => (i.locator ? `${i.referenceId}@${i.locator}` : i.referenceId)).join('|');
