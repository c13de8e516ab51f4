import { z } from 'zod';
import { Asset, Brand, Comment, Finding, Reference, ReportMeta, SafetyItem, Section, Snapshot } from '../../../shared/model';

/** The name every Casebook JSON document carries, so a stray JSON file is recognised at once. */
export const JSON_FORMAT = 'casebook-project';
/** Raised only when a reader of version N could no longer understand the document. */
export const JSON_FORMAT_VERSION = 1;

/** A section as interchanged: its word count is left out because it is derived from the content. */
export const JsonSection = Section.omit({ words: true });

/**
 * The whole project as one JSON document (documented in docs/json-format.md).
 * Every entity keeps its id, order and timestamps, so a project rebuilt from the
 * document is the same project: same report id, same links between entities.
 */
export const ProjectJson = z
  .object({
    format: z.literal(JSON_FORMAT),
    version: z.literal(JSON_FORMAT_VERSION),
    meta: ReportMeta,
    sections: z.array(JsonSection),
    snapshots: z.array(Snapshot),
    findings: z.array(Finding),
    safetyItems: z.array(SafetyItem),
    references: z.array(Reference),
    comments: z.array(Comment),
    assets: z.array(Asset),
    brands: z.array(Brand),
  })
  .strict();
export type ProjectJson = z.infer<typeof ProjectJson>;
