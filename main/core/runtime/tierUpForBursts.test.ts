import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { INTERRUPT_BUDGET } from './tierUpForBursts';

// V8 ignores a flag it does not know, so a Node or Electron upgrade that dropped
// this one would silently lose the tuning; this catches it on the Node we run.
test('the V8 of this Node still has the interrupt budget flag, with a default below ours', () => {
  const options = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  const defaultBudget = /--interrupt-budget \(.*\)\s+type: int\s+default: --interrupt-budget=(\d+)/.exec(options);
  expect(defaultBudget, 'V8 no longer has --interrupt-budget').not.toBeNull();
  expect(Number(defaultBudget![1])).toBeLessThan(INTERRUPT_BUDGET);
});
