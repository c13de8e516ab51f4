import { readFileSync } from 'node:fs';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { contract, methods, type ArgsOf, type Method } from '../../../shared/api/contract';
import type { Envelope } from '../../../shared/api/envelope';
import { Project } from '../store/project';
import { useTempProjects } from '../store/tempProjects';
import { createDispatcher, type Dispatch } from './dispatcher';
import { Workspace } from './workspace';
import { testBrand } from '../brand/testing/testBrand';

const temp = useTempProjects();

const paragraph = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
const TEST_BRAND = testBrand({ id: '22222222-2222-4222-8222-222222222222', footerText: 'Footer', licenceLine: 'OGL' });
const PNG_BASE64 = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]).toString('base64');

/** One of everything in a fresh project, so every call has something real to act on. */
interface Fixture {
  project: Project;
  sectionId: string;
  childId: string;
  snapshotId: string;
  findingIds: [string, string];
  itemId: string;
  referenceId: string;
  commentId: string;
  assetId: string;
}

function fill(project: Project): Fixture {
  const section = project.sections.create({ parentId: null, title: 'Background', content: paragraph('Staff felt supported') });
  const child = project.sections.create({ parentId: section.id, title: 'Context' });
  const snapshot = project.snapshots.create({ sectionId: section.id, label: 'First draft', author: 'Ann' });
  const findingInput = { title: 'Support varied', statement: 'Support after incidents varied.', themes: ['culture'], evidenceNotes: '' };
  const f1 = project.register.createFinding(findingInput);
  const f2 = project.register.createFinding({ ...findingInput, title: 'Second' });
  const item = project.register.createSafetyItem({ kind: 'recommendation', text: 'Do', addressee: 'NHS England', findingId: f1.id, status: 'draft' });
  const reference = project.references.create({ type: 'report', title: 'A report' });
  const comment = project.comments.create({
    sectionId: section.id,
    parentId: null,
    anchor: { from: 1, to: 6 },
    quotedText: 'Staff',
    author: 'Bo',
    authorInitials: 'B',
    body: 'Which staff?',
  });
  const asset = project.assets.create({ name: 'chart.png', mimeType: 'image/png', bytes: Buffer.from(PNG_BASE64, 'base64'), altText: 'A chart', decorative: false });
  project.brands.save({
    id: crypto.randomUUID(),
    name: 'Trust',
    colours: { primary: '#005EB8', secondary: '#003087', text: '#212B32', accent: '#FFB81C' },
    fonts: { heading: 'Source Sans 3', body: 'Merriweather' },
    logoAssetId: asset.id,
    coverLayout: 'band',
    coverText: '',
    footerText: '',
    licenceLine: '',
    justify: false,
  });
  return {
    project,
    sectionId: section.id,
    childId: child.id,
    snapshotId: snapshot.id,
    findingIds: [f1.id, f2.id],
    itemId: item.id,
    referenceId: reference.id,
    commentId: comment.id,
    assetId: asset.id,
  };
}

/**
 * A successful call of every method of the contract. A method added to the contract
 * without a case here fails the coverage test below, which names it.
 */
const successes: { [M in Method]?: (f: Fixture) => ArgsOf<M> } = {
  currentProject: () => ({}),
  projectCounts: () => ({}),
  getMeta: () => ({}),
  updateMeta: () => ({ patch: { title: 'Supporting staff', publicationDate: '2026-03-01', authors: ['Ann'] } }),

  listSections: () => ({}),
  getSection: (f) => ({ id: f.sectionId }),
  createSection: (f) => ({ parentId: f.sectionId, index: 0, title: 'New' }),
  updateSection: (f) => ({ id: f.sectionId, title: 'Renamed', content: paragraph('New words here'), reviewStatus: 'in-review' }),
  moveSection: (f) => ({ id: f.childId, parentId: null, index: 0 }),
  deleteSection: (f) => ({ id: f.sectionId }),
  restoreSections: (f) => ({ sections: f.project.sections.delete(f.sectionId) }),
  listSnapshots: (f) => ({ sectionId: f.sectionId }),
  createSnapshot: (f) => ({ sectionId: f.sectionId, label: 'Second draft', author: 'Ann' }),
  getSnapshot: (f) => ({ id: f.snapshotId }),
  restoreSnapshot: (f) => ({ id: f.snapshotId, author: 'Ann' }),

  listFindings: () => ({}),
  createFinding: () => ({ finding: { title: 'T', statement: 'S', themes: [], evidenceNotes: '' } }),
  updateFinding: (f) => ({ id: f.findingIds[0], patch: { title: 'Changed' } }),
  deleteFinding: (f) => ({ id: f.findingIds[0] }),
  reorderFindings: (f) => ({ ids: [f.findingIds[1], f.findingIds[0]] }),
  listSafetyItems: () => ({}),
  createSafetyItem: () => ({ item: { kind: 'observation', text: 'Noted', addressee: '', findingId: null, status: 'draft' } }),
  updateSafetyItem: (f) => ({ id: f.itemId, patch: { status: 'agreed' } }),
  deleteSafetyItem: (f) => ({ id: f.itemId }),

  listReferences: () => ({}),
  createReference: () => ({ csl: { type: 'book', title: 'A book' } }),
  updateReference: (f) => ({ id: f.referenceId, csl: { type: 'book', title: 'Renamed' } }),
  deleteReference: (f) => ({ id: f.referenceId }),
  listComments: () => ({}),
  listAssets: () => ({}),
  getAsset: (f) => ({ id: f.assetId }),
  createAsset: () => ({ name: 'photo.png', mimeType: 'image/png', base64: PNG_BASE64, altText: '', decorative: true }),
  updateAsset: (f) => ({ id: f.assetId, altText: 'Bar chart of responses' }),
  deleteAsset: (f) => ({ id: f.assetId }),
  listBrands: () => ({}),

  prepublishChecklist: () => ({}),
  sectionReadability: (f) => ({ sectionId: f.sectionId }),
  chooseExportPath: () => ({ format: 'pdf' }),
  startExport: () => ({ format: 'json', path: temp.path('started.json') }),
  exportStatus: (f) => ({ jobId: workspace.exports.start(f.project, 'json', temp.path('status.json')).jobId }),
  cancelExport: (f) => ({ jobId: workspace.exports.start(f.project, 'json', temp.path('cancelled.json')).jobId }),
  showInFolder: () => ({ path: temp.path('anything.pdf') }),
  openExported: () => ({ path: temp.path('anything.pdf') }),
  previewPdf: () => ({}),
  listAvailableBrands: () => ({}),
  saveBrand: () => ({ brand: { ...TEST_BRAND } }),
  deleteBrand: (f) => ({ id: f.project.brands.save({ ...TEST_BRAND }).id }),
  useBrand: () => ({ id: '6f1d2a3e-8b4c-4d5e-9f60-1a2b3c4d5e01' }),
  importBrand: () => ({ json: JSON.stringify({ format: 'casebook-brand', version: 1, brand: TEST_BRAND, logo: null }) }),
  exportBrand: (f) => ({ id: f.project.brands.save({ ...TEST_BRAND }).id }),

  createComment: (f) => ({ sectionId: f.sectionId, anchor: { from: 7, to: 11 }, quotedText: 'felt', body: 'Felt by whom?', author: { name: 'Bo', initials: 'B' } }),
  replyToComment: (f) => ({ parentId: f.commentId, body: 'Ward staff.', author: { name: 'Ann', initials: 'A' } }),
  updateComment: (f) => ({ id: f.commentId, body: 'Which staff, exactly?', author: 'Bo' }),
  deleteComment: (f) => ({ id: f.commentId, author: 'Bo' }),
  setCommentResolved: (f) => ({ id: f.commentId, resolved: true }),
  updateAnchors: (f) => ({ sectionId: f.sectionId, anchors: [{ id: f.commentId, anchor: null }] }),
  setReviewStatus: (f) => ({ sectionId: f.sectionId, status: 'approved' }),
  saveReviewCopy: () => ({ path: temp.path('review-copy.casebook') }),
  importReferences: () => ({ text: 'TY  - BOOK\nTI  - Imported book\nPY  - 2020\nER  - \n', format: 'ris' }),
  searchReferences: () => ({ query: 'report', limit: 10 }),
  referenceDuplicate: (f) => ({ csl: { type: 'report', title: 'A report' }, exceptId: f.referenceId }),
  previewCitation: (f) => ({ items: [{ referenceId: f.referenceId, locator: 'p. 3' }] }),
  citationLabels: () => ({}),
  getBibliography: () => ({}),
  referenceUsage: (f) => ({ id: f.referenceId }),
  findingUsage: (f) => ({ id: f.findingIds[0] }),
  safetyItemUsage: (f) => ({ id: f.itemId }),
  importDocument: () => ({ fileName: 'notes.md', base64: Buffer.from('# Learning\n\nStaff felt *supported*.\n').toString('base64') }),
  mergeReviewFile: (f) => {
    const path = temp.path('sent-back.casebook');
    f.project.saveCopy(path);
    return { fileName: 'sent-back.casebook', base64: readFileSync(path).toString('base64') };
  },
  checkStorage: (f) => ({ path: f.project.path }),
  copyToLocal: (f) => ({ path: f.project.path, destination: temp.path('local-copy.casebook') }),
  latestGoodBackup: (f) => ({ path: f.project.path }),
  restoreBackup: (f) => {
    const backupPath = temp.path('backup.casebook');
    f.project.saveCopy(backupPath);
    return { backupPath, destination: temp.path('restored.casebook') };
  },
  mergeReview: (f) => {
    const path = temp.path('returned.casebook');
    f.project.saveCopy(path);
    return { path };
  },
};

/** Calls that work with no project open: they help before an open, or after one was refused. */
const WITHOUT_PROJECT = new Set<Method>(['checkStorage', 'latestGoodBackup', 'restoreBackup']);

let workspace: Workspace;
let dispatch: Dispatch;
let logged: unknown[];
let fixture: Fixture;

// Filled once, then copied for each test: a copy of a closed project file is a complete project,
// and copying spares each of the many tests a dozen durable commits.
let template: { path: string; ids: Omit<Fixture, 'project'> };

beforeAll(() => {
  const project = Project.create(join(mkdtempSync(join(tmpdir(), 'casebook-dispatch-')), 'template.casebook'));
  const { project: _, ...ids } = fill(project);
  project.close();
  template = { path: project.path, ids };
});

afterAll(() => rmSync(dirname(template.path), { recursive: true, force: true }));

beforeEach(() => {
  workspace = new Workspace();
  logged = [];
  dispatch = createDispatcher(workspace, (error) => logged.push(error));
  const path = temp.path();
  copyFileSync(template.path, path);
  fixture = { ...template.ids, project: workspace.open(path) };
});

afterEach(() => workspace.close());

const failure = (envelope: Envelope<unknown>) => {
  if (envelope.ok) throw new Error(`expected a failure, got ${JSON.stringify(envelope.value).slice(0, 200)}`);
  return envelope.error;
};

describe('every call of the contract', () => {
  it('has a successful case in this test', () => {
    const uncovered = methods.filter((method) => !successes[method]);
    expect(uncovered, `contract methods without a dispatcher test case: ${uncovered.join(', ')}`).toEqual([]);
    const stale = Object.keys(successes).filter((name) => !methods.includes(name as Method));
    expect(stale, `test cases for methods no longer in the contract: ${stale.join(', ')}`).toEqual([]);
  });

  for (const method of methods) {
    it(`${method}: answers a valid call with a value that fits its result schema`, async () => {
      const args = successes[method]?.(fixture);
      if (!args) return; // reported by the coverage test above
      const envelope = await dispatch(method, args);
      if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.code}: ${envelope.error.message}`);
      const checked = contract[method].result.safeParse(envelope.value);
      expect(checked.error?.issues ?? []).toEqual([]);
      // Both transports copy the envelope: IPC by structured clone, the e2e binding as JSON.
      expect(structuredClone(envelope)).toEqual(envelope);
      expect(JSON.parse(JSON.stringify(envelope))).toEqual(envelope);
      expect(logged).toEqual([]);
    });
  }

  for (const method of methods) {
    it(`${method}: answers no-project when no project is open`, async () => {
      const args = successes[method]?.(fixture);
      if (!args) return;
      workspace.close();
      const envelope = await dispatch(method, args);
      if (method === 'currentProject') {
        expect(envelope).toEqual({ ok: true, value: null });
      } else if (WITHOUT_PROJECT.has(method)) {
        expect(envelope.ok).toBe(true);
      } else {
        expect(failure(envelope)).toEqual({ code: 'no-project', message: expect.stringMatching(/No project is open/) });
      }
    });
  }
});

describe('results reflect the project', () => {
  it('currentProject describes the open file', async () => {
    const envelope = await dispatch('currentProject', {});
    expect(envelope).toMatchObject({ ok: true, value: { path: fixture.project.path, name: 'report', readOnly: false } });
  });

  it('projectCounts counts what is there', async () => {
    expect(await dispatch('projectCounts', {})).toMatchObject({
      ok: true,
      value: { sections: 2, findings: 2, safetyItems: 1, references: 1, comments: 1, assets: 1, words: 3 },
    });
  });

  it('getAsset returns the bytes as base64', async () => {
    expect(await dispatch('getAsset', { id: fixture.assetId })).toMatchObject({ ok: true, value: { base64: PNG_BASE64, size: 11 } });
  });

  it('updateMeta with a publication date renumbers safety items', async () => {
    await dispatch('updateMeta', { patch: { publicationDate: '2027-01-15' } });
    expect(await dispatch('listSafetyItems', {})).toMatchObject({ ok: true, value: [{ code: 'R/2027/001' }] });
  });
});

describe('refused calls', () => {
  it('an unknown method is a bad request, whatever its name', async () => {
    for (const name of ['noSuchCall', '__proto__', 'toString', 'constructor', 42, undefined, null, { method: 'getMeta' }]) {
      const error = failure(await dispatch(name, {}));
      expect(error.code).toBe('bad-request');
      expect(error.message).toMatch(/^Unknown call: /);
    }
    expect(failure(await dispatch('x'.repeat(10_000), {})).message.length).toBeLessThan(200);
  });

  const badArgs: [string, Method, (f: Fixture) => unknown, RegExp][] = [
    ['a missing field', 'getSection', () => ({}), /\bid\b/],
    ['a wrong type', 'getSection', () => ({ id: 42 }), /\bid\b/],
    ['a non-UUID id', 'getSection', () => ({ id: 'section-1' }), /id: must be a UUID/],
    ['an extra field', 'getSection', (f) => ({ id: f.sectionId, sneaky: true }), /sneaky/],
    ['an extra field on a call with no arguments', 'listSections', () => ({ all: true }), /\ball\b/],
    // Structured clone and JSON both deliver "__proto__" as an own key; it must not slip through.
    ['a __proto__ key', 'getSection', (f) => JSON.parse(`{"id":"${f.sectionId}","__proto__":{"admin":true}}`), /__proto__/],
    ['a string for arguments', 'getSection', () => 'id', /arguments/],
    ['an array for arguments', 'listFindings', () => [], /arguments/],
    ['a wrong nested type', 'updateMeta', () => ({ patch: { publicationDate: '1 March 2026' } }), /patch\.publicationDate/],
    ['a value outside an enum', 'updateSection', (f) => ({ id: f.sectionId, reviewStatus: 'done' }), /reviewStatus/],
    ['content that is not a document', 'updateSection', (f) => ({ id: f.sectionId, content: { type: 'paragraph' } }), /content/],
    ['a negative index', 'moveSection', (f) => ({ id: f.childId, parentId: null, index: -1 }), /index/],
    ['a bad id in a list', 'reorderFindings', (f) => ({ ids: [f.findingIds[0], 'nope'] }), /ids\.1/],
    ['bytes that are not base64', 'createAsset', () => ({ name: 'a.png', mimeType: 'image/png', base64: '***', altText: '', decorative: false }), /base64/],
    ['an unsupported image type', 'createAsset', () => ({ name: 'a.bmp', mimeType: 'image/bmp', base64: PNG_BASE64, altText: '', decorative: false }), /mimeType/],
    ['an empty snapshot label', 'createSnapshot', (f) => ({ sectionId: f.sectionId, label: '   ', author: '' }), /label/],
  ];
  for (const [what, method, args, names] of badArgs) {
    it(`${what} is a bad request naming the field (${method})`, async () => {
      const error = failure(await dispatch(method, args(fixture)));
      expect(error.code).toBe('bad-request');
      expect(error.message).toMatch(new RegExp(`^Invalid arguments for ${method}: `));
      expect(error.message).toMatch(names);
    });
  }

  it('no arguments at all count as an empty object', async () => {
    expect((await dispatch('listSections', undefined)).ok).toBe(true);
    expect(failure(await dispatch('getSection', undefined)).message).toMatch(/\bid\b/);
  });

  const unknownId = crypto.randomUUID();
  const notFound: [Method, (f: Fixture) => unknown][] = [
    ['getSection', () => ({ id: unknownId })],
    ['updateSection', () => ({ id: unknownId, title: 'x' })],
    ['moveSection', () => ({ id: unknownId, parentId: null, index: 0 })],
    ['createSection', () => ({ parentId: unknownId, title: 'x' })],
    ['deleteSection', () => ({ id: unknownId })],
    ['createSnapshot', () => ({ sectionId: unknownId, label: 'v', author: '' })],
    ['getSnapshot', () => ({ id: unknownId })],
    ['restoreSnapshot', () => ({ id: unknownId, author: '' })],
    ['updateFinding', () => ({ id: unknownId, patch: {} })],
    ['deleteFinding', () => ({ id: unknownId })],
    ['createSafetyItem', () => ({ item: { kind: 'action', text: '', addressee: '', findingId: unknownId, status: 'draft' } })],
    ['updateSafetyItem', () => ({ id: unknownId, patch: {} })],
    ['deleteSafetyItem', () => ({ id: unknownId })],
    ['updateReference', () => ({ id: unknownId, csl: { type: 'book' } })],
    ['deleteReference', () => ({ id: unknownId })],
    ['getAsset', () => ({ id: unknownId })],
    ['updateAsset', () => ({ id: unknownId, name: 'x' })],
    ['deleteAsset', () => ({ id: unknownId })],
  ];
  for (const [method, args] of notFound) {
    it(`${method} on an unknown id is not-found, naming the id`, async () => {
      expect(failure(await dispatch(method, args(fixture)))).toEqual({ code: 'not-found', message: expect.stringContaining(unknownId) });
    });
  }

  it('rules of the store come back as readable bad requests', async () => {
    const grandchild = fixture.project.sections.create({ parentId: fixture.childId, title: 'Deep' });
    const tooDeep = failure(await dispatch('createSection', { parentId: grandchild.id, title: 'Deeper' }));
    expect(tooDeep).toEqual({ code: 'bad-request', message: expect.stringMatching(/at most 3 levels/) });
    const cycle = failure(await dispatch('moveSection', { id: fixture.sectionId, parentId: fixture.childId, index: 0 }));
    expect(cycle).toEqual({ code: 'bad-request', message: expect.stringMatching(/inside itself/) });
    const schema = failure(await dispatch('updateSection', { id: fixture.sectionId, content: { type: 'doc', content: [{ type: 'video' }] } }));
    expect(schema.code).toBe('bad-request');
    expect(logged).toEqual([]);
  });
});

/** The same arguments with every UUID swapped for one the project has never seen. */
const withUnknownIds = (value: unknown): unknown => {
  if (typeof value === 'string') return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) ? crypto.randomUUID() : value;
  if (Array.isArray(value)) return value.map(withUnknownIds);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withUnknownIds(v)]));
  return value;
};

describe('well-formed calls naming ids the project does not have', () => {
  // Whatever the call, an unknown id is the caller's problem (not-found, bad-request, conflict),
  // never an internal error such as a foreign-key failure leaking out of SQLite.
  for (const method of methods) {
    it(`${method}: never answers internal`, async () => {
      const args = successes[method]?.(fixture);
      if (!args) return;
      const envelope = await dispatch(method, withUnknownIds(args));
      if (!envelope.ok) expect(envelope.error.code, envelope.error.message).not.toBe('internal');
      expect(logged).toEqual([]);
    });
  }
});

describe('a field holding anything at all', () => {
  // Generated junk in one field at a time must be refused or handled, never crash a handler.
  // Paths are left alone so that no junk path writes outside the temp folder.
  for (const method of methods) {
    it(`${method}: never answers internal`, async () => {
      const args = successes[method]?.(fixture) as Record<string, unknown> | undefined;
      const keys = Object.keys(args ?? {}).filter((key) => key !== 'path');
      if (!args || keys.length === 0) return;
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...keys), fc.anything(), async (key, junk) => {
          const envelope = await dispatch(method, { ...args, [key]: junk });
          if (!envelope.ok && envelope.error.code === 'internal') throw new Error(envelope.error.message);
        }),
        { numRuns: 25 },
      );
    });
  }
});

describe('unexpected failures', () => {
  it('become an internal envelope and are logged, never thrown', async () => {
    fixture.project.db.prepare("UPDATE report SET data = '{not json' WHERE id = 1").run();
    const error = failure(await dispatch('getMeta', {}));
    expect(error).toEqual({ code: 'internal', message: expect.stringMatching(/^getMeta failed: .*report metadata/) });
    expect(logged).toHaveLength(1);
  });

  it('even when the connection has gone away underneath', async () => {
    fixture.project.db.close();
    const envelope = await dispatch('listSections', {});
    expect(failure(envelope).code).toBe('internal');
  });
});
