import { describe, expect, it } from 'vitest';
import type { Reference } from '../../../shared/model';
import { sampleReferences } from './referenceFixtures';
import { searchReferences } from './searchReferences';

const muller: Reference = {
  id: '00000000-0000-4000-8000-000000000009',
  order: 4,
  csl: { type: 'article-journal', title: 'Peer support after error', author: [{ family: 'Müller', given: 'José' }, { family: 'Nowak', given: 'Łukasz' }], issued: { 'date-parts': [[2021]] } },
};
const library = [...sampleReferences, muller];
const titles = (query: string) => searchReferences(library, query).map((r) => r.csl.title);

describe('searchReferences', () => {
  it('matches every word in title, authors, year, journal or DOI, ignoring case and accents', () => {
    expect(titles('muller 2021')).toEqual(['Peer support after error']);
    expect(titles('LUKASZ')).toEqual(['Peer support after error']);
    expect(titles('bmj 2000')).toEqual(['Medical error: the second victim']);
    expect(titles('10.1136/qshc')).toEqual([sampleReferences[2]!.csl.title]);
    expect(titles('nhs england framework')).toEqual(['Patient safety incident response framework']);
    expect(titles('nothing like this')).toEqual([]);
  });

  it('puts title matches first, then library order, and lists everything for an empty query', () => {
    expect(titles('error')).toEqual(['Medical error: the second victim', 'Human error', 'Peer support after error']);
    expect(searchReferences(library, '  ')).toHaveLength(5);
    expect(searchReferences(library, '', 2)).toHaveLength(2);
  });
});
