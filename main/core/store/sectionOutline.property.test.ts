import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SECTION_DEPTH } from '../../../shared/model';
import type { Project } from './project';
import { useTempProjects } from './tempProjects';

const temp = useTempProjects();

/**
 * A plain model of the outline: children in order under each parent (null: top level).
 * Random edits go to both the store and the model; the store must agree after every step.
 */
class OutlineModel {
  private children = new Map<string | null, string[]>([[null, []]]);
  private parents = new Map<string, string | null>();

  ids(): string[] {
    return [...this.parents.keys()];
  }

  private kids(id: string | null): string[] {
    return this.children.get(id) ?? [];
  }

  private depth(id: string | null): number {
    return id ? 1 + this.depth(this.parents.get(id) ?? null) : 0;
  }

  private height(id: string): number {
    return 1 + Math.max(0, ...this.kids(id).map((k) => this.height(k)));
  }

  private insert(id: string, parentId: string | null, index: number) {
    const list = [...this.kids(parentId)];
    list.splice(Math.min(index, list.length), 0, id);
    this.children.set(parentId, list);
    this.parents.set(id, parentId);
  }

  /** The outcome the store should report: 'ok' or the reason it should refuse. */
  create(id: string, parentId: string | null, index: number): 'ok' | 'too-deep' {
    if (this.depth(parentId) + 1 > MAX_SECTION_DEPTH) return 'too-deep';
    this.insert(id, parentId, index);
    return 'ok';
  }

  move(id: string, parentId: string | null, index: number): 'ok' | 'too-deep' | 'cycle' {
    for (let cur = parentId; cur; cur = this.parents.get(cur) ?? null) if (cur === id) return 'cycle';
    if (this.depth(parentId) + this.height(id) > MAX_SECTION_DEPTH) return 'too-deep';
    const from = this.parents.get(id) ?? null;
    this.children.set(from, this.kids(from).filter((k) => k !== id));
    this.insert(id, parentId, index);
    return 'ok';
  }

  delete(id: string) {
    const from = this.parents.get(id) ?? null;
    this.children.set(from, this.kids(from).filter((k) => k !== id));
    const drop = (x: string) => {
      for (const k of this.kids(x)) drop(k);
      this.children.delete(x);
      this.parents.delete(x);
    };
    drop(id);
  }

  /** Depth-first "id<parent:order" lines, as the store's list() reads. */
  lines(): string[] {
    const out: string[] = [];
    const visit = (parent: string | null) =>
      this.kids(parent).forEach((id, order) => {
        out.push(`${id}<${parent}:${order}`);
        visit(id);
      });
    visit(null);
    return out;
  }
}

const storeLines = (project: Project) => project.sections.list().map((s) => `${s.id}<${s.parentId}:${s.order}`);

const pick = fc.nat({ max: 1000 });
// Weighted so outlines grow deep enough for the nesting limit and cycles to come into play.
const op = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('create' as const), parent: pick, index: fc.nat({ max: 6 }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('move' as const), id: pick, parent: pick, index: fc.nat({ max: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), id: pick, undo: fc.boolean() }) },
);

const refusal = (error: unknown) => {
  const message = (error as Error).message;
  if (/at most 3 levels/.test(message)) return 'too-deep';
  if (/inside itself/.test(message)) return 'cycle';
  throw error;
};

describe('the section outline', () => {
  it('agrees with a plain model through any sequence of creates, moves, deletes and undos', () => {
    const project = temp.create();
    // Durability is tested elsewhere; here a thousand small commits need not each wait for the disk.
    project.db.pragma('synchronous = OFF');
    fc.assert(
      fc.property(fc.array(op, { minLength: 10, maxLength: 40 }), (ops) => {
        project.db.prepare('DELETE FROM sections').run();
        const model = new OutlineModel();
        for (const step of ops) {
          const ids = model.ids();
          // A pick past the end of the list means "top level" for parents; ids need a section to exist.
          const parentOf = (n: number) => (n % (ids.length + 1) < ids.length ? ids[n % (ids.length + 1)]! : null);
          if (step.kind === 'create') {
            const parentId = parentOf(step.parent);
            let actual = 'ok';
            let id = 'refused';
            try {
              id = project.sections.create({ parentId, index: step.index, title: 't' }).id;
            } catch (error) {
              actual = refusal(error);
            }
            expect(actual).toBe(model.create(id, parentId, step.index));
          } else if (ids.length === 0) {
            continue;
          } else if (step.kind === 'move') {
            const id = ids[step.id % ids.length]!;
            const parentId = parentOf(step.parent);
            let actual = 'ok';
            try {
              project.sections.move({ id, parentId, index: step.index });
            } catch (error) {
              actual = refusal(error);
            }
            expect(actual).toBe(model.move(id, parentId, step.index));
          } else {
            const id = ids[step.id % ids.length]!;
            const before = storeLines(project);
            const deleted = project.sections.delete(id);
            if (step.undo) {
              project.sections.restore(deleted);
              expect(storeLines(project)).toEqual(before);
            } else {
              model.delete(id);
            }
          }
          expect(storeLines(project)).toEqual(model.lines());
        }
      }),
      { numRuns: 40 },
    );
  });
});
