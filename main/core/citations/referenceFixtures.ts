import type { DocNode, Reference } from '../../../shared/model';

/**
 * References and documents for tests of citation formatting: a journal article
 * with one author, a corporate report with a URL and access date, an article
 * with five authors (et al.) and a book with an edition.
 */
export const WU = '00000000-0000-4000-8000-000000000001';
export const NHSE = '00000000-0000-4000-8000-000000000002';
export const SCOTT = '00000000-0000-4000-8000-000000000003';
export const REASON = '00000000-0000-4000-8000-000000000004';

export const sampleReferences: Reference[] = [
  {
    id: WU,
    order: 0,
    csl: {
      type: 'article-journal',
      title: 'Medical error: the second victim',
      author: [{ family: 'Wu', given: 'Albert W.' }],
      'container-title': 'BMJ',
      volume: '320',
      issue: '7237',
      page: '726-727',
      issued: { 'date-parts': [[2000, 3, 18]] },
      DOI: '10.1136/bmj.320.7237.726',
    },
  },
  {
    id: NHSE,
    order: 1,
    csl: {
      type: 'report',
      title: 'Patient safety incident response framework',
      author: [{ literal: 'NHS England' }],
      publisher: 'NHS England',
      'publisher-place': 'London',
      issued: { 'date-parts': [[2022, 8]] },
      URL: 'https://www.england.nhs.uk/patient-safety/psirf/',
      accessed: { 'date-parts': [[2024, 3, 4]] },
    },
  },
  {
    id: SCOTT,
    order: 2,
    csl: {
      type: 'article-journal',
      title: 'The natural history of recovery for the healthcare provider “second victim” after adverse patient events',
      author: [
        { family: 'Scott', given: 'Susan D.' },
        { family: 'Hirschinger', given: 'Laura E.' },
        { family: 'Cox', given: 'Karen R.' },
        { family: 'McCoig', given: 'Myra' },
        { family: 'Brandt', given: 'Julie' },
      ],
      'container-title': 'Quality and Safety in Health Care',
      volume: '18',
      issue: '5',
      page: '325-330',
      issued: { 'date-parts': [[2009, 10]] },
      DOI: '10.1136/qshc.2009.032870',
    },
  },
  {
    id: REASON,
    order: 3,
    csl: {
      type: 'book',
      title: 'Human error',
      author: [{ family: 'Reason', given: 'James' }],
      publisher: 'Cambridge University Press',
      'publisher-place': 'Cambridge',
      edition: '2',
      issued: { 'date-parts': [[1990]] },
    },
  },
];

export const cite = (...items: { referenceId: string; locator?: string }[]): DocNode => ({ type: 'citation', attrs: { items } });
export const para = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
export const docOf = (...content: DocNode[]): DocNode => ({ type: 'doc', content });
