import { useSyncExternalStore } from 'react';
import { Person } from '../../../shared/model';

/**
 * Who is writing comments and saving versions in this window: a name and initials,
 * set on first use and kept in the renderer's storage (per user profile on this
 * machine, which is what identifies a person here: Casebook has no accounts).
 */
const KEY = 'casebook.identity';
const listeners = new Set<() => void>();

let cached: Person | null | undefined;

function read(): Person | null {
  try {
    const parsed = Person.safeParse(JSON.parse(localStorage.getItem(KEY) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function getIdentity(): Person | null {
  if (cached === undefined) cached = read();
  return cached;
}

/** Stores the identity; throws a readable error when the name or initials are unusable. */
export function setIdentity(person: Person): Person {
  const parsed = Person.safeParse({ name: person.name.trim(), initials: person.initials.trim().toUpperCase() });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('; '));
  localStorage.setItem(KEY, JSON.stringify(parsed.data));
  cached = parsed.data;
  listeners.forEach((l) => l());
  return parsed.data;
}

/** "Priya Shah" → "PS"; "Dr Priya Shah" → "PS" (titles are skipped); at most three letters. */
export function suggestInitials(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((w) => w && !/^(dr|mr|mrs|ms|mx|prof|professor|sir|dame)\.?$/i.test(w));
  const letters = words.map((w) => w[0]!.toUpperCase());
  return (letters.length > 3 ? [letters[0], ...letters.slice(-2)] : letters).join('');
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useIdentity = (): Person | null => useSyncExternalStore(subscribe, getIdentity);
