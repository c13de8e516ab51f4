import { setFlagsFromString } from 'node:v8';

/**
 * How much bytecode a function runs before V8 considers optimising it
 * (V8's default is 66 KB). Casebook's main process works in bursts (open a
 * project, lay out and write an export, format a bibliography) that finish in
 * well under a second; at the default, V8 spends about as much CPU compiling
 * optimised code on background threads as the burst itself takes, for code it
 * then barely runs. A higher budget still optimises what stays hot in a long
 * export. `npm run bench:export` shows the effect (about a third less CPU).
 */
export const INTERRUPT_BUDGET = 500_000;

/** Applies the budget to this process; called first thing by the CLI, the desktop app's main process and the export benchmark. */
export function tierUpForBursts(): void {
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}
