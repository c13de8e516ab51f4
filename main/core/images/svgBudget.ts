import sax from 'sax';

/**
 * What a drawing asks librsvg to do, found by reading it (never drawing it).
 * librsvg cannot be interrupted once it starts, and sharp's timeout does not
 * reach it, so a drawing whose cost is unbounded must be refused before it is drawn.
 */
export interface SvgCost {
  /** Elements drawn once every reference (<use>, url(#…), feImage) is followed, each time it is followed. */
  drawnElements: number;
  /** Times a filter is applied once references are followed. */
  filterApplications: number;
  /** Filter steps (feGaussianBlur, feMorphology …) in the file. */
  filterPrimitives: number;
}

/** Far beyond any chart or logo; a reference bomb (use of use of use…) passes it after a few levels. */
const MAX_ELEMENTS = 50_000;
const MAX_DRAWN_ELEMENTS = 50_000;
/** A chart with a drop shadow on each of 20 bars fits; each application can repaint the whole drawing (about 0.3 s at FILTERED_PIXELS). */
const MAX_FILTER_APPLICATIONS = 24;
const MAX_FILTER_PRIMITIVES = 32;
/** Primitives whose cost grows with an attribute rather than with the pixels alone. */
const MAX_MORPHOLOGY_RADIUS = 16;
const MAX_TURBULENCE_OCTAVES = 8;
const MAX_CONVOLVE_ORDER = 7;

/** A drawing refused for what it holds, with the reason as a person would read it. */
export class RefusedDrawing extends Error {}

interface Element {
  name: string;
  children: number[];
  refs: string[];
  filtered: boolean;
}

const refsIn = (value: string): string[] => [...value.matchAll(/url\(\s*['"]?#([^'")\s]+)/g)].map((match) => match[1]!);
const numbers = (value: string | undefined): number[] => (value ?? '').split(/[\s,]+/).filter(Boolean).map(Number);

/** A primitive's own parameter that makes it too costly, or null. */
function costlyPrimitive(name: string, attributes: Record<string, string>): string | null {
  if (name === 'feMorphology' && numbers(attributes.radius).some((r) => !(Math.abs(r) <= MAX_MORPHOLOGY_RADIUS))) return `a morphology radius over ${MAX_MORPHOLOGY_RADIUS}`;
  if (name === 'feTurbulence' && numbers(attributes.numOctaves).some((n) => !(n <= MAX_TURBULENCE_OCTAVES))) return `turbulence of more than ${MAX_TURBULENCE_OCTAVES} octaves`;
  if (name === 'feConvolveMatrix' && numbers(attributes.order).some((n) => !(n <= MAX_CONVOLVE_ORDER))) return `a convolution matrix over ${MAX_CONVOLVE_ORDER} × ${MAX_CONVOLVE_ORDER}`;
  return null;
}

/** The elements of the drawing as a tree with their references, and what the file itself holds. */
function readElements(svg: string): { elements: Element[]; ids: Map<string, number>; primitives: number; styledFilters: boolean } {
  const elements: Element[] = [];
  const ids = new Map<string, number>();
  const open: number[] = [];
  let primitives = 0;
  let styledFilters = false;
  const parser = sax.parser(true, { xmlns: false });
  parser.ondoctype = () => {
    // Entities could expand without bound, or name files; no drawing the app makes needs them.
    throw new RefusedDrawing('the drawing declares a document type (entities are not allowed)');
  };
  parser.onopentag = ({ name, attributes }) => {
    const attrs = attributes as Record<string, string>;
    const local = name.replace(/^.*:/, '');
    if (elements.length >= MAX_ELEMENTS) throw new RefusedDrawing(`the drawing has more than ${MAX_ELEMENTS.toLocaleString('en-GB')} elements`);
    if (/^fe[A-Z]/.test(local)) {
      // Only a filter's children are steps; feMergeNode, feFuncR and the lights are parts of one.
      if (elements[open.at(-1) ?? -1]?.name === 'filter') primitives++;
      const why = costlyPrimitive(local, attrs);
      if (why) throw new RefusedDrawing(`the drawing uses a filter with ${why}`);
    }
    const refs: string[] = [];
    let filtered = false;
    for (const [key, value] of Object.entries(attrs)) {
      if ((key === 'href' || key.endsWith(':href')) && value.startsWith('#')) refs.push(value.slice(1));
      else refs.push(...refsIn(value));
      if (key === 'filter' || (key === 'style' && /filter\s*:/i.test(value))) filtered = true;
    }
    const index = elements.push({ name: local, children: [], refs, filtered }) - 1;
    if (attrs.id) ids.set(attrs.id, index);
    if (open.length) elements[open.at(-1)!]!.children.push(index);
    open.push(index);
  };
  parser.onclosetag = () => void open.pop();
  const styleText = (text: string) => {
    if (elements[open.at(-1) ?? -1]?.name === 'style' && /filter\s*:/i.test(text)) styledFilters = true;
  };
  parser.ontext = styleText;
  parser.oncdata = styleText;
  try {
    parser.write(svg).close();
  } catch (error) {
    if (error instanceof RefusedDrawing) throw error;
    // sax's messages run over several lines (line, column, character); the first says what is wrong.
    throw new RefusedDrawing(`the drawing is not well-formed XML (${String((error as Error).message).split('\n')[0]!.toLowerCase()})`);
  }
  return { elements, ids, primitives, styledFilters };
}

/**
 * The cost of drawing an SVG, or an Error naming what makes it too costly or
 * unsafe to draw (a document type, a reference bomb, heavy filters, bad XML).
 */
export function svgCost(bytes: Uint8Array): SvgCost {
  const { elements, ids, primitives, styledFilters } = readElements(Buffer.from(bytes).toString('utf8'));
  if (primitives > MAX_FILTER_PRIMITIVES) throw new RefusedDrawing(`the drawing has more than ${MAX_FILTER_PRIMITIVES} filter steps`);
  const cost = new Map<number, { drawn: number; filtered: number }>();
  const visiting = new Set<number>();
  // Elements, each counted once per path that reaches it, as librsvg draws them.
  const costOf = (index: number): { drawn: number; filtered: number } => {
    const known = cost.get(index);
    if (known) return known;
    if (visiting.has(index)) throw new RefusedDrawing('the drawing refers to itself');
    visiting.add(index);
    const element = elements[index]!;
    const total = { drawn: 1, filtered: element.filtered || styledFilters ? 1 : 0 };
    const targets = [...element.children, ...element.refs.flatMap((id) => (ids.has(id) ? [ids.get(id)!] : []))];
    for (const target of targets) {
      const part = costOf(target);
      total.drawn += part.drawn;
      total.filtered += part.filtered;
      // Stop early: a reference bomb's totals grow geometrically.
      if (total.drawn > MAX_DRAWN_ELEMENTS) throw new RefusedDrawing(`the drawing repeats its parts more than ${MAX_DRAWN_ELEMENTS.toLocaleString('en-GB')} times`);
    }
    visiting.delete(index);
    cost.set(index, total);
    return total;
  };
  const root = elements.length ? costOf(0) : { drawn: 0, filtered: 0 };
  if (root.filtered > MAX_FILTER_APPLICATIONS) throw new RefusedDrawing(`the drawing applies filters more than ${MAX_FILTER_APPLICATIONS} times`);
  return { drawnElements: root.drawn, filterApplications: root.filtered, filterPrimitives: primitives };
}
