import { reportSchema } from '../../../shared/schema';
import type { DocNode } from '../../../shared/model';
import { badRequest } from './errors';

let schema: ReturnType<typeof reportSchema> | undefined;

/** Rejects content the editor's schema would not accept, so exporters can trust what is stored. */
export function assertValidDoc(doc: DocNode, where: string): void {
  schema ??= reportSchema();
  try {
    schema.nodeFromJSON(doc).check();
  } catch (error) {
    throw badRequest(`${where}: the content does not fit the report schema (${(error as Error).message}).`);
  }
}
