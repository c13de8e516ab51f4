import { createRequire } from 'node:module';
import { expect, test } from 'vitest';

// Kept text is keyed by the citeproc-js version Casebook reads at build time; it must be
// the copy citation-js's CSL plugin formats with, or an upgrade of one would go unseen.
test('citeproc-js as Casebook imports it is the copy the CSL plugin formats with', () => {
  const require = createRequire(import.meta.url);
  const fromPlugin = createRequire(require.resolve('@citation-js/plugin-csl')).resolve('citeproc');
  expect(fromPlugin).toBe(require.resolve('citeproc'));
});
