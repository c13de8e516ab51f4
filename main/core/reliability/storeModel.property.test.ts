import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Section } from '../../../shared/model';
import type { Project } from '../store/project';
import { useTempProjects } from '../store/tempProjects';
import { figuresFor } from './testing/figures';
import { paragraphDoc } from './testing/fixtureProject';
import { firstText } from './crashWriter';

/**
 * Random sequences of section edits, reorders, versions, version restores, deletes, undos of
 * deletes and reopenings, applied to a real project and to a plain model; after every step the
 * project must read exactly as the model says. (The outline's nesting has its own property
 * test in main/core/store/sectionOutline.property.test.ts; this one follows the text.)
 */
const figures = figuresFor(import.meta.filename);
const temp = useTempProjects();
const RUNS = Number(process.env.CASEBOOK_MODEL_RUNS ?? 60);

interface Version {
  id: string;
  sectionId: string;
  title: string;
  text: string;
  label: string;
}

class Model {
  order: string[] = [];
  titles = new Map<string, string>();
  texts = new Map<string, string>();
  versions: Version[] = [];
  /** What each delete removed, newest last, for undo. */
  deleted: { sections: Section[]; versions: Version[] }[] = [];
}

interface Real {
  project: Project;
}

const pick = <T>(list: T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

class Create implements fc.Command<Model, Real> {
  constructor(readonly title: string, readonly text: string, readonly index: number) {}
  check = () => true;
  run(m: Model, r: Real) {
    const section = r.project.sections.create({ parentId: null, index: this.index, title: this.title, content: paragraphDoc(this.text) });
    m.order.splice(Math.min(this.index, m.order.length), 0, section.id);
    m.titles.set(section.id, this.title);
    m.texts.set(section.id, this.text);
  }
  toString = () => `create(${JSON.stringify(this.title)}, ${this.index})`;
}

class Edit implements fc.Command<Model, Real> {
  constructor(readonly n: number, readonly text: string) {}
  check = (m: Readonly<Model>) => m.order.length > 0;
  run(m: Model, r: Real) {
    const id = pick(m.order, this.n)!;
    r.project.sections.update({ id, content: paragraphDoc(this.text) });
    m.texts.set(id, this.text);
  }
  toString = () => `edit(${this.n}, ${JSON.stringify(this.text)})`;
}

class Move implements fc.Command<Model, Real> {
  constructor(readonly n: number, readonly index: number) {}
  check = (m: Readonly<Model>) => m.order.length > 0;
  run(m: Model, r: Real) {
    const id = pick(m.order, this.n)!;
    r.project.sections.move({ id, parentId: null, index: this.index });
    m.order = m.order.filter((x) => x !== id);
    m.order.splice(Math.min(this.index, m.order.length), 0, id);
  }
  toString = () => `move(${this.n}, ${this.index})`;
}

class Snapshot implements fc.Command<Model, Real> {
  constructor(readonly n: number, readonly label: string) {}
  check = (m: Readonly<Model>) => m.order.length > 0;
  run(m: Model, r: Real) {
    const id = pick(m.order, this.n)!;
    const snapshot = r.project.snapshots.create({ sectionId: id, label: this.label, author: 'Ann' });
    m.versions.push({ id: snapshot.id, sectionId: id, title: m.titles.get(id)!, text: m.texts.get(id)!, label: this.label });
  }
  toString = () => `snapshot(${this.n}, ${JSON.stringify(this.label)})`;
}

class RestoreVersion implements fc.Command<Model, Real> {
  constructor(readonly n: number) {}
  check = (m: Readonly<Model>) => m.versions.length > 0;
  run(m: Model, r: Real) {
    const version = pick(m.versions, this.n)!;
    const restored = r.project.snapshots.restore(version.id, 'Ann');
    const before = r.project.snapshots.list(version.sectionId)[0]!;
    // A restore first keeps the current text as a version of its own, so it can be undone.
    m.versions.push({ id: before.id, sectionId: version.sectionId, title: m.titles.get(version.sectionId)!, text: m.texts.get(version.sectionId)!, label: `Before restoring “${version.label}”` });
    m.titles.set(version.sectionId, version.title);
    m.texts.set(version.sectionId, version.text);
    expect(firstText(restored.content)).toBe(version.text);
  }
  toString = () => `restoreVersion(${this.n})`;
}

class Delete implements fc.Command<Model, Real> {
  constructor(readonly n: number) {}
  check = (m: Readonly<Model>) => m.order.length > 0;
  run(m: Model, r: Real) {
    const id = pick(m.order, this.n)!;
    const sections = r.project.sections.delete(id);
    m.order = m.order.filter((x) => x !== id);
    // Versions are hidden with their section (a soft delete) and come back with an undo.
    m.deleted.push({ sections, versions: m.versions.filter((v) => v.sectionId === id) });
    m.versions = m.versions.filter((v) => v.sectionId !== id);
  }
  toString = () => `delete(${this.n})`;
}

class UndoDelete implements fc.Command<Model, Real> {
  check = (m: Readonly<Model>) => m.deleted.length > 0;
  run(m: Model, r: Real) {
    const { sections, versions } = m.deleted.pop()!;
    r.project.sections.restore(sections);
    m.order.splice(Math.min(sections[0]!.order, m.order.length), 0, sections[0]!.id);
    m.versions.push(...versions);
  }
  toString = () => 'undoDelete()';
}

class Reopen implements fc.Command<Model, Real> {
  check = () => true;
  run(_m: Model, r: Real) {
    r.project = temp.reopen(r.project);
  }
  toString = () => 'reopen()';
}

function agree(m: Model, r: Real): void {
  const sections = r.project.sections.all();
  expect(sections.map((s) => s.id)).toEqual(m.order);
  for (const s of sections) {
    expect(s.title).toBe(m.titles.get(s.id));
    expect(firstText(s.content)).toBe(m.texts.get(s.id));
    const stored = r.project.snapshots.list(s.id).map((v) => v.id).sort();
    expect(stored).toEqual(m.versions.filter((v) => v.sectionId === s.id).map((v) => v.id).sort());
  }
  for (const v of m.versions) expect(firstText(r.project.snapshots.get(v.id).content)).toBe(v.text);
}

const text = fc.string({ minLength: 1, maxLength: 30 }).filter((t) => t.trim() === t && t.length > 0);

describe('the store agrees with a plain model', () => {
  it(`through random edits, reorders, versions, restores, deletes and undos (${RUNS} runs)`, () => {
    let steps = 0;
    const commands = [
      fc.tuple(text, text, fc.nat(6)).map(([title, body, index]) => new Create(title, body, index)),
      fc.tuple(fc.nat(), text).map(([n, body]) => new Edit(n, body)),
      fc.tuple(fc.nat(), fc.nat(6)).map(([n, index]) => new Move(n, index)),
      fc.tuple(fc.nat(), text).map(([n, label]) => new Snapshot(n, label)),
      fc.nat().map((n) => new RestoreVersion(n)),
      fc.nat().map((n) => new Delete(n)),
      fc.constant(new UndoDelete()),
      fc.constant(new Reopen()),
    ];
    fc.assert(
      fc.property(fc.commands(commands, { maxCommands: 40 }), (cmds) => {
        const real: Real = { project: temp.create() };
        const model = new Model();
        fc.modelRun(() => ({ model, real }), [...cmds].map((cmd) => ({
          check: (m: Readonly<Model>) => cmd.check(m),
          run: (m: Model, r: Real) => {
            cmd.run(m, r);
            steps++;
            agree(m, r);
          },
          toString: () => cmd.toString(),
        })));
        real.project.close();
      }),
      { numRuns: RUNS },
    );
    figures.add({ cases: steps });
  }, 600_000);
});
