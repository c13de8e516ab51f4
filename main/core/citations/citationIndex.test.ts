import { describe, expect, it } from 'vitest';
import type { Reference } from '../../../shared/model';
import { buildCitationIndex } from './citationIndex';
import { cite, docOf, NHSE, para, REASON, SCOTT, sampleReferences, WU } from './referenceFixtures';

/** Section one cites Scott, then Wu with NHS England; section two cites Reason, then NHS England at a page. */
const docs = [
  docOf(para(cite({ referenceId: SCOTT })), para(cite({ referenceId: WU }, { referenceId: NHSE }))),
  docOf(para(cite({ referenceId: REASON })), para(cite({ referenceId: NHSE, locator: 'p. 4' }))),
];

describe('Vancouver (NLM, numbered by first citation, in square brackets)', () => {
  const index = buildCitationIndex('vancouver', docs, sampleReferences);

  it('numbers by first citation and collapses ranges', () => {
    expect(index.label([{ referenceId: SCOTT }])).toBe('[1]');
    expect(index.label([{ referenceId: WU }, { referenceId: NHSE }])).toBe('[2, 3]');
    expect(index.label([{ referenceId: NHSE }, { referenceId: SCOTT }])).toBe('[1, 3]');
    expect(index.label([{ referenceId: WU }, { referenceId: NHSE }, { referenceId: REASON }])).toBe('[2–4]');
  });

  it('prints a locator after the number', () => {
    expect(index.label([{ referenceId: NHSE, locator: 'p. 4' }])).toBe('[3 p. 4]');
    expect(index.label([{ referenceId: WU, locator: '12' }])).toBe('[2 p. 12]');
  });

  it('lists cited references in citation order, in NLM form', () => {
    expect(index.bibliography.map((e) => e.text)).toEqual([
      '1. Scott SD, Hirschinger LE, Cox KR, McCoig M, Brandt J. The natural history of recovery for the healthcare provider “second victim” after adverse patient events. Quality and Safety in Health Care. 2009 Oct;18(5):325–30. doi:10.1136/qshc.2009.032870',
      '2. Wu AW. Medical error: the second victim. BMJ. 2000 Mar 18;320(7237):726–7. doi:10.1136/bmj.320.7237.726',
      '3. NHS England. Patient safety incident response framework [Internet]. London: NHS England; 2022 Aug [cited 2024 Mar 4]. Available from: https://www.england.nhs.uk/patient-safety/psirf/',
      '4. Reason J. Human error. 2nd ed. Cambridge: Cambridge University Press; 1990.',
    ]);
    expect(index.bibliography.map((e) => e.number)).toEqual([1, 2, 3, 4]);
    expect(index.bibliography.map((e) => e.referenceId)).toEqual([SCOTT, WU, NHSE, REASON]);
  });

  it('tells a locator holding a comma from two cited works', () => {
    const index = buildCitationIndex('vancouver', [docOf(para(cite({ referenceId: SCOTT, locator: '3,2' })), para(cite({ referenceId: WU })))], sampleReferences);
    const comma = index.label([{ referenceId: SCOTT, locator: '3,2' }]);
    expect(index.label([{ referenceId: SCOTT, locator: '3' }, { referenceId: WU }])).toBe('[1 p. 3, 2]');
    expect(comma).not.toBe('[1 p. 3, 2]');
  });

  it('renumbers when the sections are reordered', () => {
    const swapped = buildCitationIndex('vancouver', [docs[1]!, docs[0]!], sampleReferences);
    expect(swapped.label([{ referenceId: REASON }])).toBe('[1]');
    expect(swapped.label([{ referenceId: SCOTT }])).toBe('[3]');
    expect(swapped.bibliography[0]!.text.startsWith('1. Reason J.')).toBe(true);
  });
});

describe('Harvard (Cite Them Right, author–date)', () => {
  const index = buildCitationIndex('harvard', docs, sampleReferences);

  it('labels by author and year, with et al. from four authors and a page locator', () => {
    expect(index.label([{ referenceId: WU }])).toBe('(Wu, 2000)');
    expect(index.label([{ referenceId: NHSE, locator: 'p. 4' }])).toBe('(NHS England, 2022, p. 4)');
    expect(index.label([{ referenceId: SCOTT }, { referenceId: WU }])).toBe('(Wu, 2000; Scott et al., 2009)');
  });

  it('lists cited references alphabetically with italic titles', () => {
    expect(index.bibliography.map((e) => e.text)).toEqual([
      'NHS England (2022) Patient safety incident response framework. London: NHS England. Available at: https://www.england.nhs.uk/patient-safety/psirf/ (Accessed: 4 March 2024).',
      'Reason, J. (1990) Human error. 2nd edn. Cambridge: Cambridge University Press.',
      'Scott, S.D. et al. (2009) ‘The natural history of recovery for the healthcare provider “second victim” after adverse patient events’, Quality and Safety in Health Care, 18(5), pp. 325–330. Available at: https://doi.org/10.1136/qshc.2009.032870.',
      'Wu, A.W. (2000) ‘Medical error: the second victim’, BMJ, 320(7237), pp. 726–727. Available at: https://doi.org/10.1136/bmj.320.7237.726.',
    ]);
    const wu = index.bibliography.find((e) => e.referenceId === WU)!;
    expect(wu.segments).toContainEqual({ text: 'BMJ', italic: true });
    expect(wu.html).toContain('<i>BMJ</i>');
    expect(wu.number).toBeUndefined();
  });
});

describe('Harvard disambiguation as citations change', () => {
  const WU_B = '00000000-0000-4000-8000-000000000005';
  const wuAgain: Reference = {
    id: WU_B,
    order: 4,
    csl: { type: 'article-journal', title: 'Another paper', author: [{ family: 'Wu', given: 'Albert W.' }], 'container-title': 'JAMA', issued: { 'date-parts': [[2000]] } },
  };
  const refs = [...sampleReferences, wuAgain];

  it('adds year suffixes when a second work by the same author and year is cited, and drops them when it is not', () => {
    const one = [docOf(para(cite({ referenceId: WU })), para(cite({ referenceId: SCOTT })))];
    expect(buildCitationIndex('harvard', one, refs).label([{ referenceId: WU }])).toBe('(Wu, 2000)');
    const both = [docOf(para(cite({ referenceId: WU })), para(cite({ referenceId: SCOTT })), para(cite({ referenceId: WU_B })))];
    const index = buildCitationIndex('harvard', both, refs);
    // Suffixes follow the bibliography order: same author and year, then title.
    expect(index.label([{ referenceId: WU }])).toBe('(Wu, 2000b)');
    expect(index.label([{ referenceId: WU_B }])).toBe('(Wu, 2000a)');
    expect(index.label([{ referenceId: SCOTT }])).toBe('(Scott et al., 2009)');
    expect(index.bibliography.map((e) => e.text.slice(0, 19))).toEqual(['Scott, S.D. et al. ', 'Wu, A.W. (2000a) ‘A', 'Wu, A.W. (2000b) ‘M']);
    expect(buildCitationIndex('harvard', one, refs).label([{ referenceId: WU }])).toBe('(Wu, 2000)');
  });
});

describe('both styles', () => {
  it('leave uncited references out of the bibliography and mark citations of missing references', () => {
    const index = buildCitationIndex('vancouver', [docOf(para(cite({ referenceId: WU })))], sampleReferences);
    expect(index.bibliography.map((e) => e.referenceId)).toEqual([WU]);
    expect(index.label([{ referenceId: crypto.randomUUID() }])).toBe('[?]');
    expect(buildCitationIndex('harvard', [], sampleReferences).label([])).toBe('(?)');
  });

  it('escape markup in reference fields, keeping only the formatting of the style', () => {
    const evil: Reference = {
      id: '00000000-0000-4000-8000-000000000066',
      order: 9,
      csl: { type: 'book', title: 'Safe <script>alert(1)</script> & <i>sound</i>', author: [{ literal: 'A & B <img src=x onerror=alert(1)>' }], issued: { 'date-parts': [[2020]] } },
    };
    for (const style of ['vancouver', 'harvard'] as const) {
      const [entry] = buildCitationIndex(style, [docOf(para(cite({ referenceId: evil.id })))], [evil]).bibliography;
      expect(entry!.html).not.toMatch(/<script|<img/);
      expect(entry!.text).toContain('Safe <script>alert(1)</script> & ');
    }
  });

  it('keep previews of citations not in the text out of the labels', () => {
    for (const style of ['vancouver', 'harvard'] as const) {
      const index = buildCitationIndex(style, docs, sampleReferences);
      const before = [...index.labels.keys()];
      index.label([{ referenceId: WU, locator: 'p. 77' }]);
      expect([...index.labels.keys()]).toEqual(before);
    }
  });

  it('stay correct when another index used the shared engine in between', () => {
    const a = buildCitationIndex('vancouver', docs, sampleReferences);
    buildCitationIndex('vancouver', [docOf(para(cite({ referenceId: REASON })))], sampleReferences);
    expect(a.label([{ referenceId: REASON, locator: 'chapter 2' }])).toBe('[4 chap. 2]');

    // Harvard, with another project's library in between and a preview of a work not yet cited.
    const h = buildCitationIndex('harvard', [docOf(para(cite({ referenceId: WU })))], sampleReferences);
    const otherLibrary = [{ ...sampleReferences[1]!, id: '00000000-0000-4000-8000-0000000000aa' }];
    buildCitationIndex('harvard', [docOf(para(cite({ referenceId: otherLibrary[0]!.id })))], otherLibrary);
    expect(h.label([{ referenceId: REASON }, { referenceId: WU }])).toBe('(Reason, 1990; Wu, 2000)');
    expect(h.label([{ referenceId: WU, locator: 'p. 9' }])).toBe('(Wu, 2000, p. 9)');
  });

  it('give the same Vancouver labels when the engine that formatted the bibliography formats them', () => {
    // Titles and locators no other test uses: this first build formats every entry and every label shape afresh.
    const fresh = sampleReferences.map((r) => ({ ...r, csl: { ...r.csl, title: `${r.csl.title} (labels)` } }));
    const clusters = [
      [{ referenceId: SCOTT, locator: 'fig. 3' }],
      [{ referenceId: WU, locator: 'para. 7' }, { referenceId: NHSE }, { referenceId: REASON }],
      [{ referenceId: NHSE, locator: 'p. 41' }],
      [{ referenceId: WU, locator: '112-114' }],
    ];
    const index = buildCitationIndex('vancouver', [docOf(...clusters.map((items) => para(cite(...items))))], fresh);
    expect(index.bibliography[0]!.text).toMatch(/^1\. Scott SD.*\(labels\)/);
    // As the stand-in engine formats these shapes (checked against it when this path was added).
    expect([...index.labels.values()]).toEqual(['[1 fig. 3]', '[2 para. 7, 3, 4]', '[3 p. 41]', '[2 pp. 112–4]']);
  });

  it('format 200 references and 400 citations quickly (timing logged)', () => {
    const refs: Reference[] = Array.from({ length: 200 }, (_, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      order: i,
      csl: { ...sampleReferences[i % 4]!.csl, title: `Study number ${i}`, author: [{ family: `Author${i}`, given: 'A.' }] },
    }));
    const paragraphs = Array.from({ length: 400 }, (_, i) =>
      para(cite({ referenceId: refs[(i * 7) % 200]!.id }, { referenceId: refs[(i * 13) % 200]!.id, locator: `p. ${i}` })),
    );
    const many = [docOf(...paragraphs)];
    const oneMore = [docOf(...paragraphs, para(cite({ referenceId: refs[5]!.id, locator: 'p. 999' })))];
    for (const style of ['vancouver', 'harvard'] as const) {
      const time = (what: string, build: () => void) => {
        const start = performance.now();
        build();
        console.log(`${style}, 200 references and 400 citations, ${what}: ${(performance.now() - start).toFixed(0)} ms`);
      };
      time('first build in this process', () => expect(buildCitationIndex(style, many, refs).bibliography).toHaveLength(200));
      time('unchanged report', () => buildCitationIndex(style, many, refs));
      time('one citation added', () => expect(buildCitationIndex(style, oneMore, refs).label([{ referenceId: refs[5]!.id, locator: 'p. 999' }])).toMatch(/999/));
      const edited = refs.map((r, i) => (i === 7 ? { ...r, csl: { ...r.csl, title: 'Retitled' } } : r));
      time('one cited reference edited', () => expect(buildCitationIndex(style, oneMore, edited).bibliography.some((e) => e.text.includes('Retitled'))).toBe(true));
    }
  });
});
