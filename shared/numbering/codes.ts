import type { SafetyItemKind } from '../model';

export const findingCode = (ordinal: number) => `F${ordinal}`;

const KIND_LETTER: Record<SafetyItemKind, string> = { recommendation: 'R', observation: 'O', action: 'A' };

/** R/2026/001: kind letter, year of publication, number within that kind. */
export const safetyItemCode = (kind: SafetyItemKind, year: number, ordinal: number) =>
  `${KIND_LETTER[kind]}/${year}/${String(ordinal).padStart(3, '0')}`;

/** The year codes carry: the publication year, or the current year while no date is set. */
export const codeYear = (publicationDate: string, today = new Date()) =>
  /^\d{4}/.test(publicationDate) ? Number(publicationDate.slice(0, 4)) : today.getUTCFullYear();
