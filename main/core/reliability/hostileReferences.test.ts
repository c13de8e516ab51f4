import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReferences } from '../citations/parseReferences';
import { LIMITS, bounded } from './testing/bounded';
import { figuresFor } from './testing/figures';

/**
 * Malformed and hostile reference files (RIS, BibTeX, CSL-JSON): each is read entry by entry,
 * never throws, finishes within time and memory limits, reports every bad entry with its
 * position and a readable message, and never pollutes object prototypes.
 */
const figures = figuresFor(import.meta.filename);

async function parseHostile(name: string, text: string, format: Parameters<typeof parseReferences>[1] = 'auto') {
  const outcome = await bounded(() => parseReferences(text, format));
  expect(outcome.refused, `${name} threw instead of reporting`).toBeUndefined();
  expect(outcome.ms, `${name} took ${outcome.ms} ms`).toBeLessThan(LIMITS.ms);
  expect(outcome.peakBytes, `${name} held ${outcome.peakBytes} bytes`).toBeLessThan(LIMITS.bytes);
  const result = outcome.value!;
  for (const problem of result.problems) {
    expect(problem.position).toMatch(/^(file|entry \d+(, line \d+)?|item \d+|line \d+)$/);
    expect(problem.message.length).toBeGreaterThan(3);
    expect(problem.message).not.toMatch(/\n|\bat .*\.js:\d+/);
  }
  expect(({} as Record<string, unknown>).polluted, `${name} polluted Object.prototype`).toBeUndefined();
  figures.add({ payloads: 1 });
  return result;
}

const CORPUS: [string, string][] = [
  ['bibtex unclosed', '@article{a, title={Never closed, year=2020\n@book{b, title={Fine}, year=2019}'],
  ['bibtex deep braces', `@article{a, title=${'{'.repeat(20_000)}x${'}'.repeat(20_000)}}`],
  ['bibtex string macros', `@string{a="lol"}\n${Array.from({ length: 12 }, (_, i) => `@string{s${i + 1}=${`s${i} # `.repeat(10).replace(/s0/g, 'a')}s${i}}`).join('\n')}\n@misc{m, title=s12}`],
  ['bibtex huge author list', `@article{a, title={Many}, author={${Array.from({ length: 20_000 }, (_, i) => `Author${i}, A.`).join(' and ')}}}`],
  ['bibtex comment and preamble', '@comment{ } @preamble{"\\x"} @misc{, title={No key}}'],
  ['bibtex javascript url', '@misc{x, title={Link}, url={javascript:alert(1)}, howpublished={\\url{javascript:alert(1)}}}'],
  ['ris no end', 'TY  - JOUR\nTI  - No ER line\nAU  - Smith, J'],
  ['ris only tags', 'TY  - \nER  - \nTY  - \nER  - '],
  ['ris garbage lines', `TY  - JOUR\n${'XX  - '.repeat(50_000)}\nTI  - Title\nER  - `],
  ['ris nul and controls', 'TY  - JOUR\nTI  - A\u0000B\u0007C\u001b[31m\nER  - '],
  ['ris giant line', `TY  - JOUR\nTI  - ${'x'.repeat(5_000_000)}\nER  - `],
  ['csl-json proto', '[{"type":"book","title":"P","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}]'],
  ['csl-json deep nesting', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
  ['csl-json wrong types', '[{"type":7,"title":["a"]},{"type":"book","title":"T","author":"not a list"},null,1,"s",[]]'],
  ['csl-json huge number', '[{"type":"book","title":"N","issued":{"date-parts":[[1e308, 99999999999]]}}]'],
  ['csl-json truncated', '[{"type":"book","title":"Cut'],
  ['not references', '\u0000\u0001\u0002 binary \uFFFD\uFFFD'],
  ['empty', ''],
];

describe('hostile reference files', () => {
  it.each(CORPUS)('%s: reported, not thrown', async (name, text) => {
    const result = await parseHostile(name, text);
    expect(result.items.length + result.problems.length, `${name} gave no items and no problems`).toBeGreaterThan(0);
    for (const item of result.items) expect(Object.getPrototypeOf(item.csl)).toBe(Object.prototype);
  });

  it('a CSL-JSON date whose date-parts is not a list is reported, not thrown', async () => {
    await parseHostile('csl-json bad date', '[{"type":"book","title":"T","issued":{"date-parts":"x"}}]');
  });

  it.each(['ris', 'bibtex', 'csl-json'] as const)('any text forced as %s is reported, never thrown (property)', async (format) => {
    const pieces = {
      ris: ['TY  - JOUR\n', 'TI  - ', 'AU  - ', 'PY  - ', 'ER  - \n', 'DO  - ', '\n', '  - '],
      bibtex: ['@article{', '@string{', '}', '{', ',', 'title=', 'author=', ' and ', '#', '"', '@comment', '\\'],
      'csl-json': ['[', ']', '{', '}', '"type":"book"', '"title":', '"__proto__":', ',', '"', 'null', '1e999'],
    }[format];
    const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 })), { maxLength: 40 }).map((parts) => parts.join(''));
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(text, async (input) => {
        runs++;
        await parseHostile(`fuzzed ${format}`, input, format);
      }),
      { numRuns: 150 },
    );
    figures.add({ cases: runs });
  });
});
