import { describe, expect, it } from 'vitest';
import { assertValidDoc } from '../store/docValidation';
import { bold, cite, doc, italic, li, link, ol, p, table, ul } from './builders';

describe('sample content builders', () => {
  it('turn strings into text nodes and drop empty ones, which ProseMirror forbids', () => {
    expect(p('A ', '', ...bold('key'), ' point')).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'A ' },
        { type: 'text', text: 'key', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' point' },
      ],
    });
    expect(p()).toEqual({ type: 'paragraph' });
  });

  it('stack marks', () => {
    expect(bold(...italic(...link('https://example.org', 'x')))[0]!.marks!.map((m) => m.type)).toEqual(['link', 'italic', 'bold']);
  });

  it('keep nested lists as blocks of their list item', () => {
    const item = li('Parent', ul(['child']));
    expect(item.content!.map((n) => n.type)).toEqual(['paragraph', 'bulletList']);
  });

  it('write locators only where given', () => {
    expect(cite('a', ['b', 'p. 3']).attrs!.items).toEqual([{ referenceId: 'a' }, { referenceId: 'b', locator: 'p. 3' }]);
  });

  it('build documents the report schema accepts', () => {
    const built = doc(ol(['one'], li('two', ul(['two a']))), table(['H1', 'H2'], ['a', 'b']));
    expect(() => assertValidDoc(built, 'test')).not.toThrow();
  });
});
