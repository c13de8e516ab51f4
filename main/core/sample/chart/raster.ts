import { PNG } from 'pngjs';

export type Point = [number, number];
/** A colour written #RRGGBB. */
export type Colour = string;

const SUBROWS = 4;

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
    this.fillRect(0, 0, width, height, background);
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
    const edges = polygons.flatMap((poly) =>
      poly.map((a, i) => [a, poly[(i + 1) % poly.length]!] as const).filter(([a, b]) => a[1] !== b[1]),
    );
    if (!edges.length) return;
    const ys = edges.flatMap(([a, b]) => [a[1], b[1]]);
    const top = Math.max(0, Math.floor(Math.min(...ys)));
    const bottom = Math.min(this.height, Math.ceil(Math.max(...ys)));
    const rgbColour = rgb(colour);
    for (let y = top; y < bottom; y++) {
      const coverage = new Float32Array(this.width + 1);
      for (let s = 0; s < SUBROWS; s++) {
        const sy = y + (s + 0.5) / SUBROWS;
        const crossings: { x: number; dir: number }[] = [];
        for (const [a, b] of edges) {
          const [lo, hi, dir] = a[1] < b[1] ? [a, b, 1] : [b, a, -1];
          if (sy < lo[1] || sy >= hi[1]) continue;
          crossings.push({ x: lo[0] + ((sy - lo[1]) / (hi[1] - lo[1])) * (hi[0] - lo[0]), dir });
        }
        crossings.sort((p, q) => p.x - q.x);
        let winding = 0;
        for (let k = 0; k < crossings.length - 1; k++) {
          winding += crossings[k]!.dir;
          if (winding !== 0) this.addSpan(coverage, crossings[k]!.x, crossings[k + 1]!.x);
        }
      }
      for (let x = 0; x < this.width; x++) this.blend(x, y, rgbColour, coverage[x]! / SUBROWS);
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
