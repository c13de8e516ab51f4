import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempProjects } from '../store/tempProjects';
import { importReferences } from './importReferences';

const temp = useTempProjects();
const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

describe('importing references', () => {
  it('adds the readable entries, reports problems, and persists', () => {
    let project = temp.create();
    const result = importReferences(project, fixture('library.bib'));
    expect(result.format).toBe('bibtex');
    expect(result.added).toHaveLength(5);
    expect(result.duplicates).toEqual([]);
    expect(result.problems.map((p) => p.position)).toEqual(['entry 5, line 43']);
    project = temp.reopen(project);
    expect(project.references.list().map((r) => r.csl['citation-key'])).toEqual(['wu2000', 'muller2021', 'nhse2022', 'hssib2024', 'reason1990']);
  });

  it('reports duplicates of the library by DOI (any case, with or without https://doi.org/) and by title and year', () => {
    const project = temp.create();
    importReferences(project, fixture('endnote.ris'));
    const again = importReferences(project, fixture('pubmed.ris'));
    // PubMed's Scott et al. has the DOI in capitals; Seys et al. is new.
    expect(again.added.map((r) => r.csl.title)).toEqual(['Health care professionals as second victims after adverse events: a systematic review.']);
    expect(again.duplicates).toEqual([
      expect.objectContaining({
        position: 'entry 1, line 1',
        reason: expect.stringMatching(/^the same DOI \(10\.1136\/qshc\.2009\.032870\) as “The natural history/),
        existingReferenceId: expect.any(String),
      }),
    ]);

    const zotero = importReferences(project, fixture('zotero.json'));
    const bib = importReferences(project, fixture('library.bib'));
    expect(zotero.added).toHaveLength(3);
    // Wu by DOI; NHS England's framework by title and year; the rest are new.
    expect(bib.duplicates.map((d) => [d.title, d.reason.split(' as ')[0]])).toEqual([
      ['Medical error: the second victim', 'the same DOI (10.1136/bmj.320.7237.726)'],
      ['Patient safety incident response framework', 'the same title and year'],
    ]);
    expect(bib.added.map((r) => r.csl['citation-key'])).toEqual(['muller2021', 'hssib2024', 'reason1990']);
  });

  it('reports a duplicate within one file against its earlier entry', () => {
    const project = temp.create();
    const entry = 'TY  - JOUR\nTI  - Same study\nPY  - 2020\nER  - \n';
    const result = importReferences(project, entry + entry, 'ris');
    expect(result.added).toHaveLength(1);
    expect(result.duplicates).toEqual([
      { position: 'entry 2, line 5', title: 'Same study', reason: 'the same title and year as entry 1, line 1 of this import.', existingReferenceId: null },
    ]);
  });
});
