import type { CslItem, SafetyItemKind } from '../../../shared/model';
import { saveFormattedCitations } from '../citations/formattedEntryCache';
import { Project } from '../store/project';
import { barChartPng } from './longReport/tinyPng';
import { sectionContent } from './longReport/sectionContent';
import { sentence, title } from './longReport/prose';
import { SeededRandom } from './longReport/seededRandom';

export interface LongReportOptions {
  /** Number of sections; default 100 (about 30,000 words). */
  sections?: number;
  seed?: number;
}

const REFERENCES = 200;
const FINDINGS = 20;
const SAFETY_ITEMS = 30;
const KINDS: SafetyItemKind[] = ['recommendation', 'observation', 'action'];
const FIXED_TIME = '2026-01-15T09:00:00.000Z';

function reference(rng: SeededRandom, i: number): CslItem {
  const families = ['Smith', 'Nowak', 'Øberg', 'Müller', 'O’Brien', 'Patel', 'Łukasik', 'Dubois', 'Khan', 'Jones'];
  return {
    type: i % 4 === 0 ? 'report' : 'article-journal',
    title: `${title(rng)}: ${sentence(rng, 5, 9).replace(/\.$/, '')}`,
    author: [{ family: rng.pick(families), given: rng.pick(['A', 'B', 'C', 'J', 'M']) }, { family: rng.pick(families), given: 'R' }],
    'container-title': i % 4 === 0 ? undefined : rng.pick(['BMJ Quality & Safety', 'Journal of Patient Safety', 'Nursing Times']),
    publisher: i % 4 === 0 ? 'NHS England' : undefined,
    issued: { 'date-parts': [[2000 + (i % 25)]] },
    volume: String(rng.int(1, 40)),
    page: `${rng.int(1, 200)}–${rng.int(201, 400)}`,
    DOI: i % 3 === 0 ? `10.1136/bmjqs-${2000 + (i % 25)}-${100000 + i}` : undefined,
  };
}

/** Chapters of 6 sections, every other one with a subsection: 10 + 60 + 30 = 100 sections. */
function outline(count: number): { parent: number | null }[] {
  const out: { parent: number | null }[] = [];
  while (out.length < count) {
    const chapter = out.length;
    out.push({ parent: null });
    for (let s = 0; s < 6 && out.length < count; s++) {
      const section = out.length;
      out.push({ parent: chapter });
      if (s % 2 === 1 && out.length < count) out.push({ parent: section });
    }
  }
  return out;
}

/**
 * Writes a long, deterministic report to `path` for export benchmarks and
 * stress tests: tables (some spanning pages), nested lists, images,
 * footnotes, citations of 200 references, findings and safety items.
 */
export function generateLongReport(path: string, options: LongReportOptions = {}): Project {
  const count = options.sections ?? 100;
  const rng = new SeededRandom(options.seed ?? 20260115);
  const project = Project.create(path, { title: 'Supporting staff after patient safety incidents', reportId: rng.uuid() });
  try {
    project.transaction(() => {
      project.meta.update({
        subtitle: 'A national learning review of how NHS trusts support their staff',
        referenceNumber: 'CB/2026/100',
        reportType: 'National learning report',
        authors: ['Aisling Ó Súilleabháin', 'Łucja Nowak', 'Søren Ørsted'],
        publicationDate: '2026-01-15',
        status: 'approved',
      });
      const refs = Array.from({ length: REFERENCES }, (_, i) => project.references.create(reference(rng, i), rng.uuid()).id);
      const findings = Array.from({ length: FINDINGS }, () =>
        project.register.createFinding(
          { title: title(rng), statement: sentence(rng, 14, 24), themes: [rng.pick(['support', 'culture', 'process'])], evidenceNotes: '' },
          rng.uuid(),
        ).id,
      );
      const items = Array.from({ length: SAFETY_ITEMS }, (_, i) =>
        project.register.createSafetyItem(
          {
            kind: KINDS[i % KINDS.length] as SafetyItemKind,
            text: sentence(rng, 18, 30),
            addressee: rng.pick(['NHS England', 'Care Quality Commission', 'Integrated care boards', 'Royal College of Nursing']),
            findingId: findings[i % FINDINGS] ?? null,
            status: 'agreed',
          },
          rng.uuid(),
        ).id,
      );
      const chart = (seed: number) => barChartPng(Array.from({ length: 8 }, (_, k) => ((seed * 7 + k * 13) % 10) / 10 + 0.05), [0, 94, 184]);
      const assets = Array.from({ length: Math.ceil(count / 5) }, (_, i) =>
        project.assets.create(
          { name: `chart-${i + 1}.png`, mimeType: 'image/png', bytes: chart(i), altText: `Chart ${i + 1}`, decorative: false },
          { id: rng.uuid(), createdAt: FIXED_TIME },
        ).id,
      );
      const ids: string[] = [];
      const perSection = Math.ceil(REFERENCES / count);
      outline(count).forEach(({ parent }, i) => {
        const links = {
          referenceIds: refs.slice((i * perSection) % REFERENCES, (i * perSection) % REFERENCES + perSection),
          findingId: i % 5 === 1 ? findings[((i / 5) | 0) % FINDINGS] : undefined,
          safetyItemId: i % 3 === 2 ? items[(i / 3) | 0] : undefined,
          assetId: i % 5 === 2 ? assets[(i / 5) | 0] : undefined,
        };
        const section = project.sections.create({
          id: rng.uuid(),
          parentId: parent === null ? null : (ids[parent] as string),
          title: title(rng),
          content: sectionContent(rng, i, links),
        });
        ids.push(section.id);
      });
      saveFormattedCitations(project);
    });
    return project;
  } catch (error) {
    project.close();
    throw error;
  }
}
