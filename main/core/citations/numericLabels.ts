import type { CitedItem } from '../../../shared/numbering/mentions';
import type { CiteprocEngine } from './citeproc';
import { cslConfig, LOCALE } from './cslStyles';
import { locatorFields } from './locator';

/**
 * What a numeric label shows, as a key: the number and locator of each item, as JSON
 * (`[[3,null],[5,"p. 4"]]`), so a locator holding a comma cannot pass for two items.
 */
export function labelShape(items: CitedItem[], numberOf: (referenceId: string) => number): string {
  return JSON.stringify(items.map((i) => [numberOf(i.referenceId), i.locator ?? null]));
}

/**
 * In a numeric style a label depends only on the numbers and locators it shows,
 * so labels are formatted once per shape (labelShape) and reused: inserting or
 * moving a citation then costs a lookup, not a citeproc pass over the report.
 * The shapes are formatted by an engine over stand-in items n1…nN, registered in
 * order so that item nK gets citation number K.
 */
export class NumericLabeller {
  private readonly labels = new Map<string, string>();
  private registered = 0;
  private engine: CiteprocEngine | null = null;

  constructor(private readonly styleName: string) {}

  /**
   * The label of a citation whose references have these numbers (1-based, by
   * first citation). `cited`, if given, is an engine of the same style with
   * exactly the cited references registered in citation order (one that has just
   * formatted the bibliography): it formats the same label from the real items,
   * which spares a process its first build of the stand-in engine.
   */
  label(items: CitedItem[], numberOf: (referenceId: string) => number, cited?: CiteprocEngine): string {
    const key = labelShape(items, numberOf);
    const stored = this.labels.get(key);
    if (stored !== undefined) return stored;
    const shape = items.map((i) => ({ n: numberOf(i.referenceId), locator: i.locator }));
    const text = cited
      ? cited.makeCitationCluster(items.map((i) => ({ id: i.referenceId, ...locatorFields(i.locator) })))
      : this.engineUpTo(Math.max(...shape.map((s) => s.n))).makeCitationCluster(shape.map((s) => ({ id: `n${s.n}`, ...locatorFields(s.locator) })));
    this.remember(key, text);
    return text;
  }

  /** Whether the label of this shape is at hand without formatting. */
  has(shape: string): boolean {
    return this.labels.has(shape);
  }

  /** Takes a label formatted earlier (kept in the project file) for its shape. */
  remember(shape: string, text: string): void {
    if (this.labels.size > 20000) this.labels.clear();
    this.labels.set(shape, text);
  }

  private engineUpTo(n: number): CiteprocEngine {
    // Grow in steps, so a report gaining references re-registers the stand-ins rarely.
    const wanted = n > this.registered ? Math.max(n, this.registered * 2, 64) : this.registered;
    const stale = !this.engine || wanted > this.registered;
    if (stale) {
      const items = Array.from({ length: wanted }, (_, i) => ({ id: `n${i + 1}`, type: 'book', title: `${i + 1}` }));
      this.engine = cslConfig().engine(items, this.styleName, LOCALE, 'text');
      this.engine.updateItems(items.map((i) => i.id));
      this.registered = wanted;
    }
    return this.engine!;
  }
}
