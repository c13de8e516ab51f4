import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { inject } from 'vitest';

/** What the reliability suite counts, to print at its end. */
export interface Figures {
  kills: number;
  damagedFiles: number;
  payloads: number;
  cases: number;
}

export const FIGURES_KEY = 'reliabilityFiguresDir';

declare module 'vitest' {
  export interface ProvidedContext {
    reliabilityFiguresDir: string;
  }
}

const zero = (): Figures => ({ kills: 0, damagedFiles: 0, payloads: 0, cases: 0 });

/**
 * Counts for one test file, written to the folder the global setup provides (one folder per run, so
 * two runs at once never mix their figures). Without the global setup the counts go nowhere.
 */
export function figuresFor(testFile: string) {
  let dir: string | undefined;
  try {
    dir = inject(FIGURES_KEY);
  } catch {
    dir = undefined;
  }
  const totals = zero();
  const file = dir ? join(dir, `${basename(testFile)}.json`) : undefined;
  return {
    add(delta: Partial<Figures>): void {
      for (const key of Object.keys(delta) as (keyof Figures)[]) totals[key] += delta[key] ?? 0;
      if (file) writeFileSync(file, JSON.stringify(totals));
    },
    get totals(): Figures {
      return { ...totals };
    },
  };
}

export function newFiguresDir(): string {
  const dir = join(tmpdir(), `casebook-reliability-figures-${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Sums every file's counts; null when no reliability test ran. */
export function sumFigures(dir: string): Figures | null {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch {
    return null;
  }
  if (!names.length) return null;
  const sum = zero();
  for (const name of names) {
    const one = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Figures;
    for (const key of Object.keys(sum) as (keyof Figures)[]) sum[key] += one[key] ?? 0;
  }
  return sum;
}

export const describeFigures = (f: Figures) =>
  `Reliability: ${f.kills} kills survived, ${f.damagedFiles} damaged files tried, ${f.payloads} payloads tried, ${f.cases} cases generated`;
