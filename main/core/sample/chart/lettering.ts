import fontkit from '@pdf-lib/fontkit';
import type { Font } from '@pdf-lib/fontkit';
import { readFileSync } from 'node:fs';
import { fontFile, type FontVariant } from '../../brand/fontFiles';
import type { Colour, Point, Raster } from './raster';

interface PathCommand {
  command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath';
  args: number[];
}

const CURVE_STEPS = 8;
const fonts = new Map<FontVariant, Font>();

function font(variant: FontVariant): Font {
  let loaded = fonts.get(variant);
  if (!loaded) {
    loaded = fontkit.create(readFileSync(fontFile('Source Sans 3', variant)));
    fonts.set(variant, loaded);
  }
  return loaded;
}

/** Turns a glyph outline into polygons, flattening curves into short lines. */
function flatten(commands: PathCommand[], place: (x: number, y: number) => Point): Point[][] {
  const polygons: Point[][] = [];
  let current: Point[] = [];
  let pen: [number, number] = [0, 0];
  const curve = (at: (t: number) => [number, number]) => {
    for (let i = 1; i <= CURVE_STEPS; i++) current.push(place(...at(i / CURVE_STEPS)));
  };
  for (const { command, args: a } of commands) {
    const [x0, y0] = pen;
    if (command === 'moveTo') {
      if (current.length > 2) polygons.push(current);
      current = [place(a[0]!, a[1]!)];
      pen = [a[0]!, a[1]!];
    } else if (command === 'lineTo') {
      current.push(place(a[0]!, a[1]!));
      pen = [a[0]!, a[1]!];
    } else if (command === 'quadraticCurveTo') {
      const [cx, cy, x, y] = a as [number, number, number, number];
      curve((t) => [(1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t ** 2 * x, (1 - t) ** 2 * y0 + 2 * (1 - t) * t * cy + t ** 2 * y]);
      pen = [x, y];
    } else if (command === 'bezierCurveTo') {
      const [c1x, c1y, c2x, c2y, x, y] = a as [number, number, number, number, number, number];
      const cubic = (p0: number, p1: number, p2: number, p3: number, t: number) =>
        (1 - t) ** 3 * p0 + 3 * (1 - t) ** 2 * t * p1 + 3 * (1 - t) * t ** 2 * p2 + t ** 3 * p3;
      curve((t) => [cubic(x0, c1x, c2x, x, t), cubic(y0, c1y, c2y, y, t)]);
      pen = [x, y];
    }
  }
  if (current.length > 2) polygons.push(current);
  return polygons;
}

export interface TextStyle {
  size: number;
  colour: Colour;
  weight?: 'regular' | 'bold';
  /** Where x sits along the text. */
  align?: 'left' | 'centre' | 'right';
}

/** Width in pixels of text set in the chart face at a size. */
export function textWidth(text: string, style: Pick<TextStyle, 'size' | 'weight'>): number {
  const face = font(style.weight ?? 'regular');
  return (face.layout(text).advanceWidth * style.size) / face.unitsPerEm;
}

/** Draws one line of text with its baseline at y. */
export function drawText(raster: Raster, text: string, x: number, baseline: number, style: TextStyle): void {
  const face = font(style.weight ?? 'regular');
  const scale = style.size / face.unitsPerEm;
  const run = face.layout(text);
  const width = run.advanceWidth * scale;
  let penX = style.align === 'centre' ? x - width / 2 : style.align === 'right' ? x - width : x;
  const polygons: Point[][] = [];
  run.glyphs.forEach((glyph, i) => {
    const position = run.positions[i]!;
    const originX = penX + position.xOffset * scale;
    const originY = baseline - position.yOffset * scale;
    const commands = (glyph.path as unknown as { commands: PathCommand[] }).commands;
    polygons.push(...flatten(commands, (gx, gy) => [originX + gx * scale, originY - gy * scale]));
    penX += position.xAdvance * scale;
  });
  raster.fillPolygons(polygons, style.colour);
}
