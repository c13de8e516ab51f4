import type { Rgb } from '../layout/types';

/** Numbers as short as PDF allows: two decimals, no trailing zeros. */
export const num = (n: number): string => String(Math.round(n * 100) / 100);

export const fillColour = (c: Rgb) => `${num(c[0])} ${num(c[1])} ${num(c[2])} rg`;
export const strokeColour = (c: Rgb) => `${num(c[0])} ${num(c[1])} ${num(c[2])} RG`;

/** PDF name of a structure type or resource, which are plain ASCII words here. */
export const beginTagged = (type: string, mcid: number) => `/${type} <</MCID ${mcid}>> BDC`;
export const beginArtifact = (kind: 'Pagination' | 'Layout' = 'Layout') => `/Artifact <</Type /${kind}>> BDC`;
export const END = 'EMC';
