import type { z } from 'zod';
import { projectCalls } from './calls/project';
import { sectionCalls } from './calls/sections';
import { registerCalls } from './calls/register';
import { libraryCalls } from './calls/library';
import { importCalls } from './calls/import';
import { reviewCalls } from './calls/review';
import { publishCalls } from './calls/publish';
import { publishingCalls } from './calls/publishing';
import { citationCalls } from './calls/citations';
import { reliabilityCalls } from './calls/reliability';

/**
 * Every call the renderer can make of the main process: its argument schema and
 * result schema. The preload, the dispatcher and the end-to-end binding are all
 * built from this one object.
 */
export const contract = {
  ...projectCalls,
  ...sectionCalls,
  ...registerCalls,
  ...libraryCalls,
  ...importCalls,
  ...reviewCalls,
  ...publishCalls,
  ...publishingCalls,
  ...citationCalls,
  ...reliabilityCalls,
};

export type Contract = typeof contract;
export type Method = keyof Contract;
export type ArgsOf<M extends Method> = z.input<Contract[M]['args']>;
export type ResultOf<M extends Method> = z.output<Contract[M]['result']>;

export const methods = Object.keys(contract) as Method[];

export const isMethod = (name: unknown): name is Method =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
