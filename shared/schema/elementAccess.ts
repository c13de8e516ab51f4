/**
 * The few element reads parseHTML rules need, typed structurally: shared/ is compiled
 * without the DOM library, yet TipTap hands parse rules real DOM elements.
 */
interface ElementLike {
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): ElementLike | null;
  textContent: string | null;
}

const asElement = (el: unknown) => el as ElementLike;

export const attr = (el: unknown, name: string) => asElement(el).getAttribute(name);

export const hasAttr = (el: unknown, name: string) => asElement(el).hasAttribute(name);

export const childAttr = (el: unknown, selector: string, name: string) =>
  asElement(el).querySelector(selector)?.getAttribute(name) ?? null;

export const childText = (el: unknown, selector: string) => asElement(el).querySelector(selector)?.textContent ?? null;
