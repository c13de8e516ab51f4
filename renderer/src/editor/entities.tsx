import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { Finding, Reference, SafetyItem } from '../../../shared/model';
import { api } from '../api';
import { useDataVersion } from '../dataEvents';

/** The register and library entities the editor's chips and pickers show. */
export interface Entities {
  findings: Finding[];
  safetyItems: SafetyItem[];
  references: Reference[];
  /** Labels in the report's citation style, by citationKey(items); empty until loaded. */
  citationLabels: Record<string, string>;
  /** Citation numbers by reference id, in order of first appearance in the section. */
  citationNumbers: Map<string, number>;
}

const EntitiesContext = createContext<Entities>({ findings: [], safetyItems: [], references: [], citationLabels: {}, citationNumbers: new Map() });

type Lists = Omit<Entities, 'citationNumbers'>;

/**
 * Findings, safety items, references and citation labels for the chips and pickers, loaded again
 * whenever they or the text change (codes and labels follow the order of appearance in the report).
 */
export function useEntityLists(): Lists {
  const [lists, setLists] = useState<Lists>({ findings: [], safetyItems: [], references: [], citationLabels: {} });
  const version = useDataVersion('findings', 'safetyItems', 'references', 'sections', 'meta');
  useEffect(() => {
    let live = true;
    const labels = api()
      .citationLabels({})
      .then((r) => r.labels)
      .catch(() => ({})); // without labels, citations are numbered by first appearance in the section
    Promise.all([api().listFindings({}), api().listSafetyItems({}), api().listReferences({}), labels])
      .then(([findings, safetyItems, references, citationLabels]) => live && setLists({ findings, safetyItems, references, citationLabels }))
      .catch(() => undefined); // chips fall back to neutral labels; the side panels report load errors
    return () => {
      live = false;
    };
  }, [version]);
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
