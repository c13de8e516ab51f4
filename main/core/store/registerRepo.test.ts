import { describe, expect, it } from 'vitest';
import type { Project } from './project';
import type { FindingInput, SafetyItemInput } from './registerRepo';
import { useTempProjects } from './tempProjects';

const temp = useTempProjects();

const finding = (title: string): FindingInput => ({ title, statement: `${title} statement`, themes: ['culture', 'support'], evidenceNotes: 'notes' });
const item = (kind: SafetyItemInput['kind'], text: string, findingId: string | null = null): SafetyItemInput => ({
  kind,
  text,
  addressee: 'NHS England',
  findingId,
  status: 'draft',
});
const codes = (project: Project) => project.register.listSafetyItems().map((i) => `${i.code} ${i.text}`);

describe('findings', () => {
  it('are numbered F1, F2, … in register order and persist', () => {
    let project = temp.create();
    const a = project.register.createFinding(finding('A'));
    const b = project.register.createFinding(finding('B'));
    project.register.createFinding(finding('C'));
    expect([a.code, b.code]).toEqual(['F1', 'F2']);

    project = temp.reopen(project);
    expect(project.register.listFindings()).toEqual([
      { id: a.id, order: 0, code: 'F1', ...finding('A') },
      { id: b.id, order: 1, code: 'F2', ...finding('B') },
      expect.objectContaining({ order: 2, code: 'F3', title: 'C' }),
    ]);
  });

  it('update and persist', () => {
    let project = temp.create();
    const a = project.register.createFinding(finding('A'));
    const updated = project.register.updateFinding(a.id, { title: 'A2', themes: ['staffing'] });
    expect(updated).toMatchObject({ title: 'A2', themes: ['staffing'], statement: 'A statement', code: 'F1' });
    project = temp.reopen(project);
    expect(project.register.getFinding(a.id)).toEqual(updated);
  });

  it('are renumbered on delete and reorder', () => {
    let project = temp.create();
    const [a, b, c] = ['A', 'B', 'C'].map((t) => project.register.createFinding(finding(t)));
    project.register.deleteFinding(a!.id);
    expect(project.register.listFindings().map((f) => `${f.code} ${f.title} ${f.order}`)).toEqual(['F1 B 0', 'F2 C 1']);
    project.register.reorderFindings([c!.id, b!.id]);
    project = temp.reopen(project);
    expect(project.register.listFindings().map((f) => `${f.code} ${f.title}`)).toEqual(['F1 C', 'F2 B']);
  });

  it('refuse an order that does not list every finding once', () => {
    const project = temp.create();
    const [a, b] = ['A', 'B'].map((t) => project.register.createFinding(finding(t)));
    for (const ids of [[a!.id], [a!.id, a!.id], [a!.id, b!.id, crypto.randomUUID()]]) {
      expect(() => project.register.reorderFindings(ids)).toThrow(expect.objectContaining({ code: 'bad-request' }));
    }
    expect(project.register.listFindings().map((f) => f.title)).toEqual(['A', 'B']);
  });

  it('report unknown ids as not found', () => {
    const project = temp.create();
    const missing = crypto.randomUUID();
    expect(() => project.register.getFinding(missing)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => project.register.updateFinding(missing, { title: 'x' })).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => project.register.deleteFinding(missing)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});

describe('safety items', () => {
  it('are numbered per kind with the publication year: R/YYYY/NNN', () => {
    let project = temp.create();
    project.meta.update({ publicationDate: '2025-03-01' });
    project.register.createSafetyItem(item('recommendation', 'r1'));
    project.register.createSafetyItem(item('observation', 'o1'));
    project.register.createSafetyItem(item('recommendation', 'r2'));
    project.register.createSafetyItem(item('action', 'a1'));
    project = temp.reopen(project);
    expect(codes(project)).toEqual(['R/2025/001 r1', 'O/2025/001 o1', 'R/2025/002 r2', 'A/2025/001 a1']);
  });

  it('take the current year while no publication date is set, and follow a new date on renumber', () => {
    let project = temp.create();
    project.register.createSafetyItem(item('recommendation', 'r1'));
    expect(codes(project)).toEqual([`R/${new Date().getUTCFullYear()}/001 r1`]);
    project.transaction(() => {
      project.meta.update({ publicationDate: '2031-12-31' });
      project.register.renumber();
    });
    project = temp.reopen(project);
    expect(codes(project)).toEqual(['R/2031/001 r1']);
  });

  it('are renumbered when their kind changes or one is deleted', () => {
    let project = temp.create();
    project.meta.update({ publicationDate: '2026-01-01' });
    const r1 = project.register.createSafetyItem(item('recommendation', 'r1'));
    const r2 = project.register.createSafetyItem(item('recommendation', 'r2'));
    project.register.createSafetyItem(item('recommendation', 'r3'));
    project.register.updateSafetyItem(r2.id, { kind: 'observation', text: 'now o' });
    expect(codes(project)).toEqual(['R/2026/001 r1', 'O/2026/001 now o', 'R/2026/002 r3']);
    project.register.deleteSafetyItem(r1.id);
    project = temp.reopen(project);
    expect(codes(project)).toEqual(['O/2026/001 now o', 'R/2026/001 r3']);
    expect(project.register.listSafetyItems().map((i) => i.order)).toEqual([0, 1]);
    project.register.createSafetyItem(item('recommendation', 'r4'));
    expect(codes(project)).toEqual(['O/2026/001 now o', 'R/2026/001 r3', 'R/2026/002 r4']);
    expect(project.register.listSafetyItems().map((i) => i.order)).toEqual([0, 1, 2]);
  });

  it('link to a finding, which must exist, and lose the link when it is deleted', () => {
    let project = temp.create();
    const f = project.register.createFinding(finding('F'));
    const linked = project.register.createSafetyItem({ ...item('recommendation', 'r'), status: 'agreed', findingId: f.id });
    expect(linked).toMatchObject({ findingId: f.id, status: 'agreed', addressee: 'NHS England' });
    const missing = crypto.randomUUID();
    expect(() => project.register.createSafetyItem(item('action', 'a', missing))).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => project.register.updateSafetyItem(linked.id, { findingId: missing })).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(project.register.listSafetyItems()).toHaveLength(1);

    project.register.deleteFinding(f.id);
    project = temp.reopen(project);
    expect(project.register.getSafetyItem(linked.id).findingId).toBeNull();
  });

  it('report unknown ids as not found', () => {
    const project = temp.create();
    const missing = crypto.randomUUID();
    expect(() => project.register.getSafetyItem(missing)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => project.register.updateSafetyItem(missing, { text: 'x' })).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => project.register.deleteSafetyItem(missing)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});
