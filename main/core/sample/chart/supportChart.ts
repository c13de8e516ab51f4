import { drawText } from './lettering';
import { Raster } from './raster';

/** The survey result the sample's Figure 1 shows; its alt text and the findings quote the same numbers. */
export const SUPPORT_BY_TRUST_TYPE = [
  { label: 'Acute', percent: 58 },
  { label: 'Ambulance', percent: 71 },
  { label: 'Mental health', percent: 64 },
  { label: 'Community', percent: 41 },
  { label: 'Specialist', percent: 66 },
] as const;

export const SUPPORT_TARGET_PERCENT = 90;

const WIDTH = 800;
const HEIGHT = 450;
const PLOT = { left: 84, right: 776, top: 104, bottom: 384 };
const INK = '#212B32';
const MUTED = '#4C6272';
const GRID = '#D8DDE0';
const BAR = '#005EB8';
const TARGET = '#B5121B';

const yFor = (percent: number) => PLOT.bottom - ((PLOT.bottom - PLOT.top) * percent) / 100;

function drawAxes(raster: Raster): void {
  for (const percent of [0, 25, 50, 75, 100]) {
    const y = Math.round(yFor(percent));
    raster.fillRect(PLOT.left, y, PLOT.right - PLOT.left, percent === 0 ? 2 : 1, percent === 0 ? INK : GRID);
    drawText(raster, `${percent}%`, PLOT.left - 10, y + 5, { size: 14, colour: MUTED, align: 'right' });
  }
}

function drawBars(raster: Raster): void {
  const slot = (PLOT.right - PLOT.left) / SUPPORT_BY_TRUST_TYPE.length;
  const barWidth = slot * 0.56;
  SUPPORT_BY_TRUST_TYPE.forEach(({ label, percent }, i) => {
    const centre = PLOT.left + slot * (i + 0.5);
    const top = yFor(percent);
    raster.fillRect(centre - barWidth / 2, top, barWidth, PLOT.bottom - top, BAR);
    drawText(raster, `${percent}%`, centre, top - 8, { size: 16, colour: INK, weight: 'bold', align: 'centre' });
    drawText(raster, label, centre, PLOT.bottom + 24, { size: 15, colour: INK, align: 'centre' });
  });
}

/** A dashed line at the target, drawn after the bars so it reads across them. */
function drawTarget(raster: Raster): void {
  const y = yFor(SUPPORT_TARGET_PERCENT);
  for (let x = PLOT.left; x < PLOT.right; x += 14) raster.fillRect(x, y - 1, Math.min(8, PLOT.right - x), 2.5, TARGET);
  drawText(raster, `National ambition: ${SUPPORT_TARGET_PERCENT}%`, PLOT.right, y - 7, {
    size: 14,
    colour: TARGET,
    weight: 'bold',
    align: 'right',
  });
}

let drawn: Buffer | undefined;

/** Figure 1 of the sample report as PNG bytes (800 × 450), drawn from SUPPORT_BY_TRUST_TYPE once per process. */
export function supportChartPng(): Buffer {
  drawn ??= drawSupportChart();
  return drawn;
}

function drawSupportChart(): Buffer {
  const raster = new Raster(WIDTH, HEIGHT, '#FFFFFF');
  drawText(raster, 'Staff offered support within 72 hours of an incident', 24, 38, {
    size: 22,
    colour: INK,
    weight: 'bold',
  });
  drawText(raster, 'Share of staff involved in a patient safety incident, by type of trust (survey, n = 1,184)', 24, 64, {
    size: 15,
    colour: MUTED,
  });
  drawAxes(raster);
  drawBars(raster);
  drawTarget(raster);
  drawText(raster, 'Source: sample data invented for Casebook’s demonstration report.', 24, 436, { size: 12, colour: MUTED });
  return raster.toPng();
}
