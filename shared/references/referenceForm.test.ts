import { describe, expect, it } from 'vitest';
import { cslToFields, fieldsToCsl, referenceSearchText, type ReferenceFields } from './referenceForm';

const blank: ReferenceFields = {
  type: 'article-journal',
  authors: '',
  title: '',
  containerTitle: '',
  year: '',
  volume: '',
  issue: '',
  pages: '',
  publisher: '',
  place: '',
  edition: '',
  doi: '',
  url: '',
  accessed: '',
};

describe('reference form', () => {
  it('turns form fields into CSL-JSON with persons, corporate authors, dates and a bare DOI', () => {
    const csl = fieldsToCsl({
      ...blank,
      authors: 'Wu, Albert W\nNHS England',
      title: 'Medical error: the second victim',
      containerTitle: 'BMJ',
      year: '2000',
      volume: '320',
      pages: '726 - 727',
      doi: 'https://doi.org/10.1136/bmj.320.7237.726',
      accessed: '2026-03-01',
    });
    expect(csl).toMatchObject({
      type: 'article-journal',
      author: [{ family: 'Wu', given: 'Albert W' }, { literal: 'NHS England' }],
      'container-title': 'BMJ',
      issued: { 'date-parts': [[2000]] },
      page: '726–727',
      DOI: '10.1136/bmj.320.7237.726',
      accessed: { 'date-parts': [[2026, 3, 1]] },
    });
    expect(csl).not.toHaveProperty('publisher');
  });

  it('round-trips through the form and keeps fields the form does not show', () => {
    const original = { type: 'report', title: 'PSIRF', author: [{ literal: 'NHS England' }], 'collection-title': 'Guidance' };
    const fields = cslToFields(original);
    expect(fields.authors).toBe('NHS England');
    expect(fieldsToCsl(fields, original)).toEqual(original);
  });

  it('searches by author and year', () => {
    const text = referenceSearchText({ type: 'book', title: 'The Fearless Organization', author: [{ family: 'Edmondson', given: 'Amy' }], issued: { 'date-parts': [[2018]] } });
    expect(text).toContain('edmondson');
    expect(text).toContain('2018');
  });
});
