import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArgsOf, Method, ResultOf } from '../../../../shared/api/contract';
import type { DocNode } from '../../../../shared/model';
import { citationKey } from '../../../../shared/numbering/citationKey';
import { useTempProjects } from '../../store/tempProjects';
import { createDispatcher, type Dispatch } from '../dispatcher';
import { Workspace } from '../workspace';

const temp = useTempProjects();
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../citations/fixtures', name), 'utf8');

let workspace: Workspace;
let dispatch: Dispatch;

beforeEach(() => {
  workspace = new Workspace();
  dispatch = createDispatcher(workspace, (error) => {
    throw error;
  });
  workspace.create(temp.path());
});
afterEach(() => workspace.close());

/** Calls through the dispatcher, as the renderer does, and unwraps the envelope. */
async function call<M extends Method>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>> {
  const envelope = await dispatch(method, args);
  if (!envelope.ok) throw Object.assign(new Error(envelope.error.message), { code: envelope.error.code });
  return envelope.value as ResultOf<M>;
}

const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });
const p = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const text = (t: string): DocNode => ({ type: 'text', text: t });
const cite = (...items: { referenceId: string; locator?: string }[]): DocNode => ({ type: 'citation', attrs: { items } });
const fref = (findingId: string): DocNode => ({ type: 'findingRef', attrs: { findingId } });
const block = (safetyItemId: string): DocNode => ({ type: 'safetyItemBlock', attrs: { safetyItemId } });

describe('references and citations through the API', () => {
  it('imports a file and reports duplicates and problems', async () => {
    const first = await call('importReferences', { text: fixture('endnote.ris') });
    expect(first).toMatchObject({ format: 'ris', duplicates: [], problems: [{ position: 'entry 3, line 30' }] });
    expect(first.added).toHaveLength(3);
    const again = await call('importReferences', { text: fixture('pubmed.ris'), format: 'ris' });
    expect(again.added).toHaveLength(1);
    expect(again.duplicates[0]).toMatchObject({ position: 'entry 1, line 1', existingReferenceId: first.added[0]!.id });
    expect(await call('listReferences', {})).toHaveLength(4);
    const scott = first.added[0]!;
    expect(await call('referenceDuplicate', { csl: { type: 'article-journal', title: 'Other', DOI: 'https://doi.org/10.1136/QSHC.2009.032870' } })).toEqual({
      existingReferenceId: scott.id,
      title: 'Other',
      reason: `the same DOI (10.1136/qshc.2009.032870) as “${scott.csl.title}”, already in the library.`,
    });
    expect(await call('referenceDuplicate', { csl: scott.csl, exceptId: scott.id })).toBeNull();
    expect((await call('searchReferences', { query: 'second victims' })).map((r) => r.csl.title)).toEqual([
      'Health care professionals as second victims after adverse events: a systematic review.',
    ]);
  });

  it('end to end: insert a citation and a finding reference, reorder sections, see the numbers change', async () => {
    const { added } = await call('importReferences', { text: fixture('zotero.ris') });
    const [wu, peer, nhse] = added;
    const f1 = await call('createFinding', { finding: { title: 'Support varied', statement: '', themes: ['culture'], evidenceNotes: '' } });
    const f2 = await call('createFinding', { finding: { title: 'Peer support helped', statement: '', themes: ['support'], evidenceNotes: '' } });
    const rec = await call('createSafetyItem', { item: { kind: 'recommendation', text: 'Offer peer support', addressee: 'NHS England', findingId: f2.id, status: 'draft' } });
    await call('updateMeta', { patch: { publicationDate: '2026-09-01' } });

    const one = await call('createSection', { parentId: null, title: 'Background' });
    const two = await call('createSection', { parentId: null, title: 'Findings' });
    await call('updateSection', { id: one.id, content: doc(p(text('Second victims '), cite({ referenceId: wu!.id }), text('.'))) });
    await call('updateSection', {
      id: two.id,
      content: doc(p(text('As '), fref(f2.id), text(' shows '), cite({ referenceId: nhse!.id, locator: 'p. 4' }, { referenceId: peer!.id })), block(rec.id)),
    });

    const labels = async () => (await call('citationLabels', {})).labels;
    expect(await labels()).toEqual({
      [citationKey([{ referenceId: wu!.id }])]: '[1]',
      [citationKey([{ referenceId: nhse!.id, locator: 'p. 4' }, { referenceId: peer!.id }])]: '[2 p. 4, 3]',
    });
    expect((await call('listFindings', {})).map((f) => `${f.code} ${f.title}`)).toEqual(['F2 Support varied', 'F1 Peer support helped']);
    expect((await call('listSafetyItems', {}))[0]!.code).toBe('R/2026/001');
    expect((await call('getBibliography', {})).entries.map((e) => `${e.number} ${e.referenceId === wu!.id ? 'Wu' : e.referenceId === nhse!.id ? 'NHSE' : 'Peer'}`)).toEqual([
      '1 Wu',
      '2 NHSE',
      '3 Peer',
    ]);

    // Findings now comes first: the citation numbers and the bibliography follow.
    await call('moveSection', { id: two.id, parentId: null, index: 0 });
    expect(Object.values(await labels())).toEqual(['[1 p. 4, 2]', '[3]']);
    expect((await call('getBibliography', {})).entries[0]!.text).toMatch(/^1\. NHS England\. Patient safety incident response framework/);

    // A finding mentioned first in the first section becomes F1.
    await call('updateSection', { id: two.id, content: doc(p(fref(f1.id), fref(f2.id))) });
    expect((await call('listFindings', {})).map((f) => f.code)).toEqual(['F1', 'F2']);
    expect(await call('findingUsage', { id: f2.id })).toEqual([{ sectionId: two.id, number: '1', title: 'Findings', count: 1, positions: [2] }]);
    expect(await call('safetyItemUsage', { id: rec.id })).toEqual([]);
  });

  it('switches to Harvard with the report, previews a citation, and refuses to delete a cited reference', async () => {
    const { added } = await call('importReferences', { text: fixture('zotero.json') });
    const [wu, nhse] = added;
    const section = await call('createSection', { parentId: null, title: 'Literature' });
    await call('updateSection', { id: section.id, content: doc(p(cite({ referenceId: nhse!.id, locator: 'p. 4' }))) });
    expect(await call('previewCitation', { items: [{ referenceId: wu!.id }] })).toEqual({ label: '[2]' });

    await call('updateMeta', { patch: { citationStyle: 'harvard' } });
    expect(Object.values((await call('citationLabels', {})).labels)).toEqual(['(NHS England, 2022, p. 4)']);
    expect(await call('previewCitation', { items: [{ referenceId: wu!.id }] })).toEqual({ label: '(Wu, 2000)' });
    expect(await call('previewCitation', { items: [{ referenceId: wu!.id }], style: 'vancouver' })).toEqual({ label: '[2]' });
    const bibliography = await call('getBibliography', {});
    expect(bibliography.style).toBe('harvard');
    expect(bibliography.entries.map((e) => e.text)).toEqual([
      'NHS England (2022) Patient safety incident response framework. London: NHS England. Available at: https://www.england.nhs.uk/patient-safety/psirf/.',
    ]);

    expect(await call('referenceUsage', { id: nhse!.id })).toEqual([{ sectionId: section.id, number: '1', title: 'Literature', count: 1, positions: [1] }]);
    const refused = await dispatch('deleteReference', { id: nhse!.id });
    expect(refused).toEqual({
      ok: false,
      error: { code: 'conflict', message: '“Patient safety incident response framework” is cited in 1 Literature; remove those citations before deleting it.' },
    });
    expect(await call('deleteReference', { id: wu!.id })).toEqual({ id: wu!.id });
  });

  it('rejects bad arguments with a readable message', async () => {
    const envelope = await dispatch('importReferences', { text: 'x', format: 'endnote' });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(/^Invalid arguments for importReferences: format/) } });
    expect(await dispatch('findingUsage', { id: crypto.randomUUID() })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
