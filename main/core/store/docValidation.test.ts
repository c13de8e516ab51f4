import { describe, expect, it } from 'vitest';
import { assertValidDoc } from './docValidation';

describe('assertValidDoc', () => {
  const doc = (...content: unknown[]) => ({ type: 'doc', content }) as Parameters<typeof assertValidDoc>[0];

  it('accepts what the editor writes', () => {
    expect(() =>
      assertValidDoc(
        doc({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Fine', marks: [{ type: 'link', attrs: { href: 'https://example.org' } }] }] }),
        'Section “A”',
      ),
    ).not.toThrow();
  });

  it.each([
    ['an unsafe link', doc({ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }), /only http, https and mailto/],
    ['a heading level the outline owns', doc({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'x' }] }), /levels 2 to 4/],
    ['an unknown node', doc({ type: 'script', content: [] }), /does not fit the report schema/],
  ])('refuses %s with a message naming the place', (_label, content, message) => {
    expect(() => assertValidDoc(content, 'Section “A”')).toThrow(message);
    expect(() => assertValidDoc(content, 'Section “A”')).toThrow(/Section “A”/);
  });
});
