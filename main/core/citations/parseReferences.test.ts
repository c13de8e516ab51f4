import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReferences } from './parseReferences';
import { detectFormat, formatFromFileName } from './referenceFormat';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const titled = (result: ReturnType<typeof parseReferences>, start: string) => result.items.find((i) => i.csl.title?.startsWith(start))!.csl;

describe('RIS from Zotero', () => {
  const result = parseReferences(fixture('zotero.ris'), 'ris');

  it('reads every entry (CRLF line ends), with no problems', () => {
    expect(result.problems).toEqual([]);
    expect(result.items.map((i) => i.position)).toEqual(['entry 1, line 1', 'entry 2, line 20', 'entry 3, line 34', 'entry 4, line 44']);
  });

  it('keeps authors, accented names, pages, dates and DOIs', () => {
    expect(titled(result, 'Medical error')).toMatchObject({
      type: 'article-journal',
      author: [{ family: 'Wu', given: 'Albert W.' }],
      'container-title': 'BMJ',
      page: '726-727',
      issued: { 'date-parts': [[2000, 3, 18]] },
      accessed: { 'date-parts': [[2024, 3, 4]] },
      DOI: '10.1136/bmj.320.7237.726',
    });
    const peer = titled(result, 'Peer support');
    expect(peer.author).toEqual([
      { family: 'Müller', given: 'José' },
      { family: 'Łukasiewicz', given: 'Zoë' },
      { family: 'Ó Súilleabháin', given: 'Siobhán' },
    ]);
    expect(peer.DOI).toBe('10.1097/PTS.0000000000000612');
  });

  it('reads a single-field author as a corporate author', () => {
    expect(titled(result, 'Patient safety incident').author).toEqual([{ literal: 'NHS England' }]);
    expect(titled(result, 'Human error')).toMatchObject({ type: 'book', edition: '2', publisher: 'Cambridge University Press', 'publisher-place': 'Cambridge' });
  });
});

describe('RIS from EndNote', () => {
  const result = parseReferences(fixture('endnote.ris'), 'auto');

  it('reports the entry cut short by the next one, with its position, and reads the rest', () => {
    expect(result.problems).toEqual([
      { position: 'entry 3, line 30', message: 'has no closing “ER  -” line before the next entry.' },
    ]);
    expect(result.items).toHaveLength(3);
  });

  it('reads A1 authors, Y1 dates like 2009///, SP/EP pages, JF as the journal and JO as its short form', () => {
    const scott = titled(result, 'The natural history');
    expect(scott.author).toHaveLength(6);
    expect(scott.author![0]).toEqual({ family: 'Scott', given: 'Susan D.' });
    expect(scott).toMatchObject({
      issued: { 'date-parts': [[2009]] },
      page: '325-330',
      'container-title': 'Quality and Safety in Health Care',
      'container-title-short': 'Qual Saf Health Care',
      DOI: '10.1136/qshc.2009.032870',
      URL: 'http://qualitysafety.bmj.com/content/18/5/325.abstract',
    });
  });

  it('reads a corporate author with a trailing comma as a literal name', () => {
    const strategy = titled(result, 'NHS Patient Safety Strategy');
    expect(strategy.author).toEqual([{ literal: 'NHS England' }]);
    expect(strategy.issued).toEqual({ 'date-parts': [[2019, 7]] });
  });

  it('reads a chapter with its book and editor', () => {
    expect(titled(result, 'Supporting staff after an error')).toMatchObject({
      type: 'chapter',
      'container-title': 'Patient safety',
      editor: [{ family: 'Vincent', given: 'Charles' }],
      page: '239-258',
    });
  });
});

describe('RIS from PubMed', () => {
  const result = parseReferences(fixture('pubmed.ris'), 'ris');

  it('splits "Scott SD" names into family name and initials', () => {
    expect(result.problems).toEqual([]);
    const scott = titled(result, 'The natural history');
    expect(scott.author![0]).toEqual({ family: 'Scott', given: 'S. D.' });
    expect(titled(result, 'Health care professionals').author![2]).toEqual({ family: 'Van Gerven', given: 'E.' });
  });

  it('keeps abbreviated page ranges and reads "2009 Oct" dates', () => {
    expect(titled(result, 'The natural history')).toMatchObject({ page: '325-30', issued: { 'date-parts': [[2009, 10]] }, DOI: '10.1136/QSHC.2009.032870' });
  });
});

describe('PubMed (MEDLINE format, .nbib)', () => {
  const result = parseReferences(fixture('pubmed.nbib'), 'auto');

  it('reads full author names, wrapped titles, the journal, DOI and PMID', () => {
    expect(result.format).toBe('medline');
    expect(result.problems).toEqual([]);
    expect(result.items[0]!.csl).toMatchObject({
      type: 'article-journal',
      title: 'The natural history of recovery for the healthcare provider "second victim" after adverse patient events',
      'container-title': 'Quality & safety in health care',
      'container-title-short': 'Qual Saf Health Care',
      issued: { 'date-parts': [[2009, 10]] },
      page: '325-30',
      DOI: '10.1136/qshc.2009.032870',
      PMID: '19812092',
    });
    expect(result.items[0]!.csl.author![0]).toEqual({ family: 'Scott', given: 'Susan D' });
  });

  it('reads a collective author (CN) as a literal name', () => {
    expect(result.items[1]!.csl.author).toEqual([{ literal: 'NHS Staff Survey Coordination Centre' }]);
  });

  it('reports a record with a broken line by its position', () => {
    const broken = parseReferences('PMID- 1\nTI  - Fine\n\nPMID- 2\nTI  - Broken\nnot a field\n', 'medline');
    expect(broken.items).toHaveLength(1);
    expect(broken.problems).toEqual([{ position: 'entry 2, line 4', message: expect.stringMatching(/^cannot be read: line “not a field” is neither/) }]);
  });
});

describe('BibTeX', () => {
  const result = parseReferences(fixture('library.bib'), 'bibtex');

  it('reports the malformed entry with its position and reads the others', () => {
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.position).toBe('entry 5, line 43');
    expect(result.problems[0]!.message).toMatch(/braces/);
    expect(result.items.map((i) => i.csl['citation-key'])).toEqual(['wu2000', 'muller2021', 'nhse2022', 'hssib2024', 'reason1990']);
  });

  it('turns LaTeX escapes into accented letters and -- into a page range', () => {
    const peer = titled(result, 'Peer support');
    expect(peer.author).toEqual([
      { family: 'Müller', given: 'José' },
      { family: 'Nowak', given: 'Łukasz' },
      { family: 'Tour', given: 'François', 'non-dropping-particle': 'de la' },
      { family: 'Smørgrav', given: 'Kari' },
      { family: 'Nguyễn', given: 'Thị' },
    ]);
    expect(peer.page).toBe('123-130');
    expect(peer.title).toBe('Peer support for NHS staff after patient safety incidents');
    expect(peer.DOI).toBe('10.1097/PTS.0000000000000613');
  });

  it('uses @string macros, reads {{corporate}} authors as literal names, and urldate as the access date', () => {
    expect(titled(result, 'Medical error')['container-title']).toBe('BMJ');
    expect(titled(result, 'Patient safety incident')).toMatchObject({ type: 'report', author: [{ literal: 'NHS England' }], publisher: 'NHS England' });
    expect(titled(result, 'Patient safety incident').genre).toBeUndefined();
    expect(titled(result, 'Supporting staff')).toMatchObject({
      author: [{ literal: 'Health Services Safety Investigations Body' }],
      URL: 'https://www.hssib.org.uk/patient-safety-investigations/',
      accessed: { 'date-parts': [[2024, 3, 4]] },
    });
  });
});

describe('CSL-JSON from Zotero', () => {
  const result = parseReferences(fixture('zotero.json'), 'csl-json');

  it('reads items, turning string years into numbers and dropping Zotero ids', () => {
    const wu = titled(result, 'Medical error');
    expect(wu.issued).toEqual({ 'date-parts': [[2000, 3, 18]] });
    expect(wu.id).toBeUndefined();
    expect(titled(result, 'Patient safety').author).toEqual([{ literal: 'NHS England' }]);
    expect(titled(result, 'Ça va').author).toEqual([
      { family: 'Lefèvre', given: 'Zoé' },
      { family: 'Nguyễn', given: 'Thị Minh' },
      { family: 'Gerven', given: 'Eva', 'non-dropping-particle': 'van' },
    ]);
    expect(titled(result, 'Ça va').page).toBe('201–209');
  });

  it('reports an item without a type by its position', () => {
    expect(result.problems).toEqual([{ position: 'item 4', message: 'has no “type”, which every CSL-JSON item needs.' }]);
  });

  it('reports invalid JSON with its line', () => {
    const broken = parseReferences('[\n  {"type": "book",\n   "title": "x",,}\n]', 'csl-json');
    expect(broken.items).toEqual([]);
    expect(broken.problems[0]!.position).toBe('line 3');
  });
});

describe('formats', () => {
  it('follow the file extension or the content', () => {
    expect(['a.ris', 'b.BIB', 'c.json', 'd.nbib', 'e.doc'].map(formatFromFileName)).toEqual(['ris', 'bibtex', 'csl-json', 'medline', null]);
    expect(['zotero.ris', 'library.bib', 'zotero.json', 'pubmed.nbib'].map((f) => detectFormat(fixture(f)))).toEqual(['ris', 'bibtex', 'csl-json', 'medline']);
    expect(detectFormat('hello')).toBeNull();
  });

  it('report text in no known format', () => {
    expect(parseReferences('Just some notes', 'auto').problems).toEqual([
      { position: 'file', message: 'is not RIS, BibTeX, CSL-JSON or PubMed (no “TY  -” tag, @entry, JSON or “PMID-” found).' },
    ]);
  });
});
