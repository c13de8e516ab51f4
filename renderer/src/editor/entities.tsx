import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Finding, Reference, SafetyItem } from '../../../shared/model';
import { api } from '../api';

/** The register and library entities the editor's chips and pickers show. */
export interface Entities {
  findings: Finding[];
  safetyItems: SafetyItem[];
  references: Reference[];
  /** Citation numbers by reference id, in order of first appearance in the section. */
  citationNumbers: Map<string, number>;
}

const EntitiesContext = createContext<Entities>({ findings: [], safetyItems: [], references: [], citationNumbers: new Map() });

type Lists = Omit<Entities, 'citationNumbers'>;

/** Loads findings, safety items and references once per section view (they change in other panels). */
export function useEntityLists(): Lists {
  const [lists, setLists] = useState<Lists>({ findings: [], safetyItems: [], references: [] });
  useEffect(() => {
    let live = true;
    Promise.all([api().listFindings({}), api().listSafetyItems({}), api().listReferences({})])
      .then(([findings, safetyItems, references]) => live && setLists({ findings, safetyItems, references }))
      .catch(() => undefined); // chips fall back to neutral labels; the side panels report load errors
    return () => {
      live = false;
    };
  }, []);
  return lists;
}

export function EntitiesProvider({ value, children }: { value: Entities; children: ReactNode }) {
  return <EntitiesContext.Provider value={value}>{children}</EntitiesContext.Provider>;
}

export const useEntities = () => useContext(EntitiesContext);

/** A short readable label for a reference: first author and year, or the title. */
export function referenceLabel(reference: Reference): string {
  const csl = reference.csl;
  const author = csl.author?.[0];
  const name = author ? (author.family ?? author.literal ?? author.given ?? '') : '';
  const year = csl.issued?.['date-parts']?.[0]?.[0];
  const title = csl.title ?? 'Untitled reference';
  return name ? `${name}${year ? ` (${year})` : ''}: ${title}` : title;
}
