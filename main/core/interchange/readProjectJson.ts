import { readFileSync } from 'node:fs';
import { badRequest, invalidFile } from '../store/errors';
import { checkLinks } from './checkLinks';
import { JSON_FORMAT, JSON_FORMAT_VERSION, ProjectJson } from './projectJson';

/** Says what is wrong with a document in one sentence: format, version, or the first few fields. */
function describe(path: string, raw: unknown, issues: { path: PropertyKey[]; message: string }[]): string {
  const head = raw as { format?: unknown; version?: unknown } | null;
  if (!head || typeof head !== 'object' || head.format !== JSON_FORMAT) {
    return `“${path}” is not a Casebook JSON document (its "format" should be "${JSON_FORMAT}").`;
  }
  if (typeof head.version === 'number' && head.version > JSON_FORMAT_VERSION) {
    return `“${path}” was written by a newer version of Casebook (JSON format version ${head.version}; this version reads ${JSON_FORMAT_VERSION}).`;
  }
  const parts = issues.slice(0, 5).map((issue) => `${issue.path.map(String).join('.') || 'document'}: ${issue.message}`);
  return `“${path}” is not a valid Casebook JSON document: ${parts.join('; ')}.`;
}

/** Reads, parses and checks a Casebook JSON document, with a readable error for each way it can fail. */
export function readProjectJson(path: string): ProjectJson {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw invalidFile(path, `it cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw invalidFile(path, `it is not valid JSON (${(error as Error).message}).`);
  }
  const parsed = ProjectJson.safeParse(raw);
  if (!parsed.success) throw badRequest(describe(path, raw, parsed.error.issues));
  checkLinks(parsed.data);
  return parsed.data;
}
