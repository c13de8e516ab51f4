import { PNG } from 'pngjs';

export type Point = [number, number];
/** A colour written #RRGGBB. */
export type Colour = string;

const SUBROWS = 4;

/** A polygon edge oriented top to bottom; dir keeps its original direction for the winding rule. */
interface Edge {
  top: number;
  bottom: number;
  x0: number;
  slope: number;
  dir: number;
}

function toEdge(a: Point, b: Point): Edge | null {
  if (a[1] === b[1]) return null;
  const [hi, lo, dir] = a[1] < b[1] ? [a, b, 1] : [b, a, -1];
  return { top: hi[1], bottom: lo[1], x0: hi[0], slope: (lo[0] - hi[0]) / (lo[1] - hi[1]), dir };
}

function rgb(colour: Colour): [number, number, number] {
  const n = Number.parseInt(colour.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * A small RGBA canvas that fills anti-aliased polygons (non-zero winding), enough
 * to draw a chart and its lettering without a native graphics library.
 */
export class Raster {
  private readonly png: PNG;

  constructor(
    readonly width: number,
    readonly height: number,
    background: Colour,
  ) {
    this.png = new PNG({ width, height });
    const [r, g, b] = rgb(background);
    for (let i = 0; i < this.png.data.length; i += 4) this.png.data.set([r, g, b, 255], i);
  }

  private blend(x: number, y: number, colour: [number, number, number], alpha: number): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height || alpha <= 0) return;
    const a = Math.min(1, alpha);
    const i = (y * this.width + x) * 4;
    const data = this.png.data;
    for (let c = 0; c < 3; c++) data[i + c] = Math.round(data[i + c]! * (1 - a) + colour[c]! * a);
    data[i + 3] = 255;
  }

  fillRect(x: number, y: number, w: number, h: number, colour: Colour): void {
    this.fillPolygons([[[x, y], [x + w, y], [x + w, y + h], [x, y + h]]], colour);
  }

  /** Fills closed polygons together, so holes in letters (o, e, %) stay open. */
  fillPolygons(polygons: Point[][], colour: Colour): void {
    const edges: Edge[] = polygons
      .flatMap((poly) => poly.map((a, i) => toEdge(a, poly[(i + 1) % poly.length]!)))
      .filter((edge): edge is Edge => edge !== null)
      .sort((a, b) => a.top - b.top);
    if (!edges.length) return;
    const top = Math.max(0, Math.floor(edges[0]!.top));
    const bottom = Math.min(this.height, Math.ceil(Math.max(...edges.map((e) => e.bottom))));
    const rgbColour = rgb(colour);
    const coverage = new Float32Array(this.width + 1);
    let active: Edge[] = [];
    let next = 0;
    for (let y = top; y < bottom; y++) {
      // Only edges spanning this pixel row take part: an active-edge list keeps long texts fast.
      while (next < edges.length && edges[next]!.top < y + 1) active.push(edges[next++]!);
      active = active.filter((e) => e.bottom > y);
      coverage.fill(0);
      let minX = this.width;
      let maxX = 0;
      for (let s = 0; s < SUBROWS; s++) {
        const sy = y + (s + 0.5) / SUBROWS;
        const crossings: { x: number; dir: number }[] = [];
        for (const e of active) {
          if (sy >= e.top && sy < e.bottom) crossings.push({ x: e.x0 + (sy - e.top) * e.slope, dir: e.dir });
        }
        crossings.sort((p, q) => p.x - q.x);
        let winding = 0;
        for (let k = 0; k < crossings.length - 1; k++) {
          winding += crossings[k]!.dir;
          if (winding === 0) continue;
          this.addSpan(coverage, crossings[k]!.x, crossings[k + 1]!.x);
          minX = Math.min(minX, Math.floor(crossings[k]!.x));
          maxX = Math.max(maxX, Math.ceil(crossings[k + 1]!.x));
        }
      }
      for (let x = Math.max(0, minX); x < Math.min(this.width, maxX + 1); x++) this.blend(x, y, rgbColour, coverage[x]! / SUBROWS);
    }
  }

  /** Adds the horizontal extent of [x0, x1) to each pixel it overlaps, as a fraction of that pixel. */
  private addSpan(coverage: Float32Array, x0: number, x1: number): void {
    const from = Math.max(0, x0);
    const to = Math.min(this.width, x1);
    for (let x = Math.floor(from); x < to; x++) {
      coverage[x]! += Math.min(to, x + 1) - Math.max(from, x);
    }
  }

  toPng(): Buffer {
    return PNG.sync.write(this.png, { colorType: 2 });
  }
}
