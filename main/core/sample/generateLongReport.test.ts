import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { docWordCount } from '../../../shared/doc/wordCount';
import type { DocNode } from '../../../shared/model';
import { generateLongReport } from './generateLongReport';

const dir = mkdtempSync(join(tmpdir(), 'casebook-long-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const types = (node: DocNode, into = new Set<string>()): Set<string> => {
  into.add(node.type);
  node.content?.forEach((child) => types(child, into));
  return into;
};

describe('generateLongReport', () => {
  it('writes a 100-section report of about 30,000 words using every kind of content', () => {
    const project = generateLongReport(join(dir, 'long.casebook'));
    try {
      const sections = project.sections.all();
      expect(sections).toHaveLength(100);
      const words = sections.reduce((n, s) => n + docWordCount(s.content), 0);
      expect(words).toBeGreaterThan(27_000);
      expect(words).toBeLessThan(36_000);
      const seen = new Set<string>();
      sections.forEach((s) => types(s.content, seen));
      for (const t of ['table', 'bulletList', 'orderedList', 'figure', 'footnote', 'citation', 'findingRef', 'safetyItemBlock', 'callout', 'heading']) {
        expect(seen, t).toContain(t);
      }
      expect(project.references.list()).toHaveLength(200);
      expect(new Set(sections.map((s) => s.parentId === null)).size).toBe(2);
    } finally {
      project.close();
    }
  });

  it('is deterministic: the same seed gives the same content and ids', () => {
    const a = generateLongReport(join(dir, 'a.casebook'), { sections: 12 });
    const b = generateLongReport(join(dir, 'b.casebook'), { sections: 12 });
    try {
      const strip = (p: typeof a) => p.sections.all().map((s) => ({ id: s.id, title: s.title, content: s.content }));
      expect(strip(a)).toEqual(strip(b));
      expect(a.meta.get()).toEqual(b.meta.get());
    } finally {
      a.close();
      b.close();
    }
  });
});
