/** JSON columns are written by us; a parse failure means the file was altered outside Casebook. */
export function parseJson<T>(text: string, what: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new Error(`stored ${what} is not valid JSON`);
  }
}

export const now = () => new Date().toISOString();

export const newId = () => crypto.randomUUID();
