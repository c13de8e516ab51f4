import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { FIGURES_KEY, describeFigures, newFiguresDir, sumFigures } from './figures';

/**
 * Vitest global setup: gives the reliability tests a folder for their counts and, once every
 * test has run, prints the suite's figures (nothing when no reliability test ran).
 */
export default function setup(project: TestProject) {
  const dir = newFiguresDir();
  project.provide(FIGURES_KEY, dir);
  return () => {
    const figures = sumFigures(dir);
    rmSync(dir, { recursive: true, force: true });
    if (figures) console.log(`\n${describeFigures(figures)}\n`);
  };
}
