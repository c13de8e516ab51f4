import { describe, expect, it } from 'vitest';
import type { DocNode } from '../model/json';
import { firstAppearances } from './mentions';
import { findingCodes, safetyItemCodes } from './registerCodes';
import { citationKey } from './citationKey';
import { citesReference, mentionsFinding, sectionsMentioning } from './sectionsMentioning';

const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const text = (t: string): DocNode => ({ type: 'text', text: t });
const fref = (findingId: string): DocNode => ({ type: 'findingRef', attrs: { findingId } });
const block = (safetyItemId: string): DocNode => ({ type: 'safetyItemBlock', attrs: { safetyItemId } });
const cite = (...items: { referenceId: string; locator?: string }[]): DocNode => ({ type: 'citation', attrs: { items } });
const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });

describe('finding codes', () => {
  const findings = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];

  it('numbers by first mention, then the unmentioned in register order', () => {
    const docs = [doc(p(text('See '), fref('c'), fref('a'))), doc(p(fref('c'), fref('d')))];
    const codes = findingCodes(findings, firstAppearances(docs).findings);
    expect(Object.fromEntries(codes)).toEqual({ c: 'F1', a: 'F2', d: 'F3', b: 'F4' });
  });

  it('follows the sections when they are reordered', () => {
    const s1 = doc(p(fref('a')));
    const s2 = doc(p(fref('b')));
    expect(findingCodes(findings, firstAppearances([s1, s2]).findings).get('b')).toBe('F2');
    expect(findingCodes(findings, firstAppearances([s2, s1]).findings).get('b')).toBe('F1');
  });

  it('ignores mentions of findings no longer in the register', () => {
    const codes = findingCodes([{ id: 'a' }], firstAppearances([doc(p(fref('gone'), fref('a')))]).findings);
    expect(Object.fromEntries(codes)).toEqual({ a: 'F1' });
  });

  it('finds mentions inside lists, tables and footnotes', () => {
    const nested = doc({
      type: 'bulletList',
      content: [{ type: 'listItem', content: [p({ type: 'footnote', content: [p(fref('d'))] })] }],
    });
    expect(firstAppearances([nested]).findings).toEqual(['d']);
  });
});

describe('safety item codes', () => {
  const items = [
    { id: 'r1', kind: 'recommendation' as const },
    { id: 'o1', kind: 'observation' as const },
    { id: 'r2', kind: 'recommendation' as const },
    { id: 'a1', kind: 'action' as const },
    { id: 'r3', kind: 'recommendation' as const },
  ];

  it('numbers each kind by placement, unplaced ones after, with the year', () => {
    const docs = [doc(block('r3'), block('o1')), doc(block('r1'))];
    const codes = safetyItemCodes(items, firstAppearances(docs).safetyItems, 2026);
    expect(Object.fromEntries(codes)).toEqual({
      r3: 'R/2026/001',
      o1: 'O/2026/001',
      r1: 'R/2026/002',
      r2: 'R/2026/003',
      a1: 'A/2026/001',
    });
  });

  it('renumbers when the sections holding the blocks swap', () => {
    const s1 = doc(block('r1'));
    const s2 = doc(block('r2'));
    expect(safetyItemCodes(items, firstAppearances([s2, s1]).safetyItems, 2025).get('r2')).toBe('R/2025/001');
    expect(safetyItemCodes(items, firstAppearances([s1, s2]).safetyItems, 2025).get('r2')).toBe('R/2025/002');
  });
});

describe('citation order and usage', () => {
  it('orders references by first citation, multi-reference citations left to right', () => {
    const docs = [doc(p(cite({ referenceId: 'x' }, { referenceId: 'y', locator: 'p. 4' }))), doc(p(cite({ referenceId: 'z' }), cite({ referenceId: 'x' })))];
    expect(firstAppearances(docs).references).toEqual(['x', 'y', 'z']);
  });

  it('drops malformed citation items', () => {
    const bad: DocNode = { type: 'citation', attrs: { items: [{ referenceId: 3 }, null, { referenceId: 'ok', locator: ' 12 ' }] } };
    expect(firstAppearances([doc(p(bad))]).references).toEqual(['ok']);
  });

  it('keys citations by references and locators', () => {
    expect(citationKey([{ referenceId: 'a' }, { referenceId: 'b', locator: 'p. 4' }])).toBe('a|b@p. 4');
  });

  it('lists the sections that mention a finding or cite a reference, with counts', () => {
    const sections = [
      { id: 's1', content: doc(p(fref('a'), fref('a'))) },
      { id: 's2', content: doc(p(cite({ referenceId: 'x' }))) },
    ];
    expect(sectionsMentioning(sections, mentionsFinding('a')).map((u) => [u.section.id, u.count])).toEqual([['s1', 2]]);
    expect(sectionsMentioning(sections, citesReference('x')).map((u) => u.section.id)).toEqual(['s2']);
  });
});
