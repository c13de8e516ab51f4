import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../shared/model';
import { findWalDamage } from './findWalDamage';
import { useTempProjects } from './tempProjects';

const temp = useTempProjects();
const FRAME_HEADER = 24;
const doc = (text: string): DocNode => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** The log of an open project after six edits, each its own transaction, and where each transaction ends in it. */
function logOfEdits(): { wal: Buffer; pageSize: number; ends: number[]; project: ReturnType<typeof temp.create> } {
  const project = temp.create();
  const section = project.sections.create({ parentId: null, title: 'Method', content: doc('start') });
  project.db.pragma('wal_checkpoint(TRUNCATE)');
  const pageSize = project.db.pragma('page_size', { simple: true }) as number;
  const ends: number[] = [];
  for (let i = 0; i < 6; i++) {
    project.sections.update({ id: section.id, content: doc(`edit ${i} ${'words '.repeat(200 * i)}`) });
    ends.push(readFileSync(`${project.path}-wal`).length);
  }
  return { wal: readFileSync(`${project.path}-wal`), pageSize, ends, project };
}

describe('damage in a log of recent changes', () => {
  it('is not claimed for a log cut anywhere, as a crash mid-write leaves it', () => {
    const { wal, pageSize } = logOfEdits();
    expect(findWalDamage(wal, pageSize)).toBeNull();
    for (let cut = 32; cut < wal.length; cut += 997) expect(findWalDamage(wal.subarray(0, cut), pageSize), `cut at ${cut}`).toBeNull();
  });

  it('is not claimed when the last transaction was only partly written', () => {
    const { wal, pageSize, ends } = logOfEdits();
    const torn = Buffer.from(wal);
    // The first page of the last transaction never reached the disk; its commit frame did.
    torn.fill(0, ends.at(-2)! + FRAME_HEADER, ends.at(-2)! + FRAME_HEADER + pageSize);
    expect(findWalDamage(torn, pageSize)).toBeNull();
  });

  it('is found in a transaction that a later one proves was saved, in a frame or in the header', () => {
    const { wal, pageSize, ends } = logOfEdits();
    const frame = Buffer.from(wal);
    frame[ends[1]! + FRAME_HEADER + 100]! ^= 0x04;
    expect(findWalDamage(frame, pageSize)).toMatch(/log of recent changes \(-wal\) is damaged .* would drop changes that had been saved/);
    const header = Buffer.from(wal);
    header[17]! ^= 0x01;
    expect(findWalDamage(header, pageSize)).toMatch(/is damaged/);
  });

  it('is not claimed for frames left from an earlier round of the log, after a checkpoint restarted it', () => {
    const { project, pageSize } = logOfEdits();
    project.db.pragma('wal_checkpoint(PASSIVE)');
    project.meta.update({ title: 'After the checkpoint' });
    const wal = readFileSync(`${project.path}-wal`);
    const salts = wal.subarray(16, 24);
    // The new round overwrote the start of the log; frames of the old round, with old salts, follow.
    expect(wal.subarray(32 + pageSize + FRAME_HEADER + 8, 32 + pageSize + FRAME_HEADER + 16).equals(salts)).toBe(true);
    expect(wal.subarray(wal.length - pageSize - FRAME_HEADER + 8, wal.length - pageSize - 8).equals(salts)).toBe(false);
    expect(findWalDamage(wal, pageSize)).toBeNull();
  });
});
