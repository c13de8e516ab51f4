import type { DocNode } from '../../../../shared/model';
import { CALLOUT_VARIANTS } from '../../../../shared/schema';
import { para, sentence, sentences, text, title } from './prose';
import type { SeededRandom } from './seededRandom';

/** What one generated section may point at. */
export interface SectionLinks {
  /** References this section cites (each reference is cited somewhere). */
  referenceIds: string[];
  findingId?: string;
  safetyItemId?: string;
  assetId?: string;
}

const cite = (...ids: string[]): DocNode => ({
  type: 'citation',
  attrs: { items: ids.map((referenceId, i) => (i === 1 ? { referenceId, locator: `p. ${10 + i}` } : { referenceId })) },
});

function richParagraph(rng: SeededRandom, index: number, links: SectionLinks, withFootnote: boolean): DocNode {
  const content: DocNode[] = [text(`${sentences(rng, 1)} `)];
  content.push(text(sentence(rng, 4, 7).replace(/\.$/, ''), [{ type: 'bold' }]), text('. '));
  content.push(text(sentences(rng, 1).replace(/\.$/, ''), [{ type: 'italic' }]));
  if (links.referenceIds.length) content.push(text(' '), cite(...links.referenceIds.splice(0, rng.int(1, 2))));
  content.push(text(`. ${sentences(rng, 1)}`));
  if (withFootnote) {
    content.push({
      type: 'footnote',
      content: [text(`${sentence(rng, 8, 14)} See `), text('the guidance', [{ type: 'italic' }]), text(` (${2015 + (index % 10)}).`)],
    });
  }
  content.push(text(' '));
  if (index % 3 === 0) {
    const href = index % 9 === 0
      ? `https://www.england.nhs.uk/patient-safety/incident-response-framework/supporting-guidance/engaging-and-involving-patients-families-and-staff-following-a-patient-safety-incident-${index}/`
      : `https://example.org/learning/${index}`;
    content.push(text('Further detail is in '), text(index % 9 === 0 ? href : 'the published guidance', [{ type: 'link', attrs: { href } }]), text('. '));
  }
  content.push(text(sentences(rng, 1)));
  return para(content);
}

function nestedList(rng: SeededRandom): DocNode {
  const item = (blocks: DocNode[]): DocNode => ({ type: 'listItem', content: blocks });
  const inner: DocNode = {
    type: 'orderedList',
    attrs: { start: 1 },
    content: [1, 2, 3].map(() => item([para([text(sentence(rng, 6, 12))])])),
  };
  const deepest: DocNode = { type: 'bulletList', content: [item([para([text(sentence(rng, 5, 9))])]), item([para([text(sentence(rng, 5, 9))])])] };
  (inner.content as DocNode[])[1] = item([para([text(sentence(rng, 6, 12))]), deepest]);
  return {
    type: 'bulletList',
    content: [
      item([para([text(sentence(rng, 8, 14))])]),
      item([para([text(sentence(rng, 8, 14))]), inner]),
      item([para([text(sentence(rng, 8, 14))])]),
    ],
  };
}

function cell(type: 'tableHeader' | 'tableCell', value: string): DocNode {
  return { type, attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [para([text(value)])] };
}

function table(rng: SeededRandom, rows: number): DocNode {
  const header = ['Theme', 'What staff described', 'Trusts (n)', 'Share'];
  const body = Array.from({ length: rows }, () => [
    title(rng),
    sentence(rng, 6, 16),
    String(rng.int(1, 40)),
    `${rng.int(1, 99)}%`,
  ]).map((row, r) => row.map((v, c) => (c === 0 ? `${r + 1}. ${v}` : v)));
  return {
    type: 'table',
    content: [
      { type: 'tableRow', content: header.map((h) => cell('tableHeader', h)) },
      ...body.map((row) => ({ type: 'tableRow', content: row.map((v) => cell('tableCell', v)) })),
    ],
  };
}

/** The body of generated section number `index` (0-based). */
export function sectionContent(rng: SeededRandom, index: number, links: SectionLinks): DocNode {
  const blocks: DocNode[] = [];
  blocks.push(richParagraph(rng, index, links, index % 2 === 0));
  if (links.findingId) {
    blocks.push(para([text('This section supports finding '), { type: 'findingRef', attrs: { findingId: links.findingId } }, text(`. ${sentences(rng, 2)}`)]));
  }
  if (index % 4 === 1) blocks.push(nestedList(rng));
  blocks.push(richParagraph(rng, index + 1, links, index % 5 === 0));
  if (index % 7 === 4) {
    blocks.push({ type: 'heading', attrs: { level: 3 }, content: [text(title(rng))] });
    blocks.push({ type: 'blockquote', content: [para([text(`“${sentence(rng, 12, 20)}”`)])] });
  }
  if (index % 3 === 0) blocks.push(table(rng, index % 9 === 0 ? 34 : rng.int(3, 6)));
  if (links.assetId) {
    blocks.push({
      type: 'figure',
      attrs: {
        assetId: links.assetId,
        alt: `Bar chart of support offered after incidents, section ${index + 1}`,
        decorative: false,
        caption: `Figure ${index + 1}: ${title(rng)}`,
        width: index % 10 === 2 ? 100 : 60,
      },
    });
  }
  if (index % 6 === 3) {
    const variant = CALLOUT_VARIANTS[(index / 6) % CALLOUT_VARIANTS.length | 0] ?? 'info';
    blocks.push({ type: 'callout', attrs: { variant }, content: [para([text(sentences(rng, 3))])] });
  }
  if (links.safetyItemId) blocks.push({ type: 'safetyItemBlock', attrs: { safetyItemId: links.safetyItemId } });
  if (index % 11 === 5) blocks.push({ type: 'horizontalRule' });
  blocks.push(para([text(sentences(rng, 2)), { type: 'hardBreak' }, text(sentences(rng, 1))]));
  if (links.referenceIds.length) blocks.push(para([text(`${sentence(rng)} `), cite(...links.referenceIds.splice(0))]));
  return { type: 'doc', content: blocks };
}
