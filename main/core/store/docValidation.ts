import { reportSchema } from '../../../shared/schema';
import type { DocNode } from '../../../shared/model';
import { docAttributeProblems } from '../../../shared/doc/docAttributeProblems';
import { badRequest } from './errors';

let schema: ReturnType<typeof reportSchema> | undefined;

/** Why the editor's schema would not accept this content, or null when it would. */
export function docSchemaProblem(doc: DocNode): string | null {
  schema ??= reportSchema();
  try {
    schema.nodeFromJSON(doc).check();
    return null;
  } catch (error) {
    return `the content does not fit the report schema (${(error as Error).message})`;
  }
}

/**
 * Rejects content the editor's schema would not accept, or whose attributes are out of
 * range (heading levels, unsafe links…), so exporters can trust what is stored.
 */
export function assertValidDoc(doc: DocNode, where: string): void {
  const problems = [docSchemaProblem(doc) ?? [], docAttributeProblems(doc)].flat();
  if (problems.length) throw badRequest(`${where}: ${problems.slice(0, 3).join('; ')}.`);
}
