import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MAX_ASSET_BYTES } from '../../../shared/model';
import type { NewAsset } from './assetRepo';
import { useTempProjects } from './tempProjects';

const temp = useTempProjects();

const image = (bytes: Uint8Array, name = 'chart.png'): NewAsset => ({ name, mimeType: 'image/png', bytes, altText: 'A chart', decorative: false });

describe('assets', () => {
  it('keep their bytes exactly, and persist', () => {
    let project = temp.create();
    const bytes = randomBytes(300_000);
    bytes[0] = 0;
    const created = project.assets.create(image(bytes));
    expect(created).toMatchObject({ name: 'chart.png', mimeType: 'image/png', size: bytes.length, altText: 'A chart', decorative: false });

    project = temp.reopen(project);
    expect(Buffer.compare(project.assets.bytes(created.id), bytes)).toBe(0);
    expect(project.assets.list()).toEqual([created]);
    expect(project.assets.get(created.id)).toEqual(created);
  });

  it('keep a given id and time (assets imported with theirs)', () => {
    const project = temp.create();
    const existing = { id: crypto.randomUUID(), createdAt: '2025-06-01T12:00:00.000Z' };
    expect(project.assets.create(image(new Uint8Array([1, 2, 3])), existing)).toMatchObject(existing);
  });

  it('are listed in the order they were added', () => {
    const project = temp.create();
    const names = ['b.png', 'a.png', 'c.png'];
    for (const name of names) project.assets.create(image(new Uint8Array([1]), name));
    expect(project.assets.list().map((a) => a.name)).toEqual(names);
  });

  it('accept 25 MB and refuse anything larger with a readable message', () => {
    const project = temp.create();
    expect(project.assets.create(image(new Uint8Array(MAX_ASSET_BYTES))).size).toBe(MAX_ASSET_BYTES);
    expect(() => project.assets.create(image(new Uint8Array(MAX_ASSET_BYTES + 1), 'huge.png'))).toThrow(
      expect.objectContaining({ code: 'bad-request', message: expect.stringMatching(/“huge\.png” is 25\.0 MB; images may be at most 25 MB/) }),
    );
    expect(project.assets.list()).toHaveLength(1);
  });

  it('update name and description without touching the bytes, and persist', () => {
    let project = temp.create();
    const bytes = new Uint8Array([9, 8, 7]);
    const asset = project.assets.create(image(bytes));
    project.assets.update(asset.id, { name: 'logo.png', altText: '', decorative: true });
    project = temp.reopen(project);
    expect(project.assets.get(asset.id)).toMatchObject({ name: 'logo.png', altText: '', decorative: true, size: 3 });
    expect([...project.assets.bytes(asset.id)]).toEqual([9, 8, 7]);
  });

  it('keep a field sent as undefined in an update', () => {
    const project = temp.create();
    const asset = project.assets.create(image(new Uint8Array([1, 2, 3])));
    expect(project.assets.update(asset.id, { altText: undefined, name: 'renamed.png' })).toMatchObject({ name: 'renamed.png', altText: 'A chart' });
  });

  it('delete, and report unknown ids as not found', () => {
    const project = temp.create();
    const asset = project.assets.create(image(new Uint8Array([1])));
    project.assets.delete(asset.id);
    expect(project.assets.list()).toEqual([]);
    for (const act of [
      () => project.assets.get(asset.id),
      () => project.assets.bytes(asset.id),
      () => project.assets.update(asset.id, { name: 'x' }),
      () => project.assets.delete(asset.id),
    ]) {
      expect(act).toThrow(expect.objectContaining({ code: 'not-found' }));
    }
  });
});
