import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { contract, methods } from '../../../shared/api/contract';
import { handlers } from './handlers';

/** Zod 4 keeps an object's shape and strictness in its definition; a strict object's catchall is `never`. */
const definition = (schema: z.ZodType) => (schema as unknown as { _zod: { def: { type: string; catchall?: z.ZodType } } })._zod.def;

describe('the contract', () => {
  it('takes arguments as a strict object for every call, so unexpected fields are refused', () => {
    const loose = methods.filter((method) => {
      const def = definition(contract[method].args);
      return def.type !== 'object' || !def.catchall || definition(def.catchall).type !== 'never';
    });
    expect(loose, `calls whose arguments are not z.object({...}).strict(): ${loose.join(', ')}`).toEqual([]);
  });

  it('says what every call does', () => {
    const unexplained = methods.filter((method) => contract[method].summary.trim().length < 10);
    expect(unexplained, `calls without a summary: ${unexplained.join(', ')}`).toEqual([]);
  });

  it('has exactly one handler per call', () => {
    const missing = methods.filter((method) => typeof handlers[method] !== 'function');
    const extra = Object.keys(handlers).filter((name) => !(methods as string[]).includes(name));
    expect(missing, `calls without a handler: ${missing.join(', ')}`).toEqual([]);
    expect(extra, `handlers for calls not in the contract: ${extra.join(', ')}`).toEqual([]);
  });
});
