import type { ReportMetaPatch } from '../../../shared/model';

/** The sample's cover details. The publication date sets the year in R/2026/001-style codes. */
export const SAMPLE_META: ReportMetaPatch = {
  title: 'Supporting staff after patient safety incidents',
  subtitle: 'How NHS organisations care for the people involved, and what helps them learn',
  referenceNumber: 'NLR/2026/014',
  reportType: 'National learning report',
  authors: ['Dr Aisling Ó Briain', 'Renée Okafor', 'Tomás García-Hughes'],
  publicationDate: '2026-10-15',
  status: 'draft',
  citationStyle: 'vancouver',
  brandId: null,
};
