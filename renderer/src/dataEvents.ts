import { useEffect, useState } from 'react';

/** What changed in the project, so views showing it reload (codes renumber when text changes, for example). */
/** 'outline': sections added, moved or deleted (announced after the outline has reloaded). */
export type DataTopic = 'outline' | 'sections' | 'findings' | 'safetyItems' | 'references' | 'comments' | 'meta' | 'assets';

const target = new EventTarget();

export function notifyChanged(...topics: DataTopic[]): void {
  for (const topic of topics) target.dispatchEvent(new Event(topic));
}

/** A number that grows each time any of the topics changes: use it as an effect dependency. */
export function useDataVersion(...topics: DataTopic[]): number {
  const [version, setVersion] = useState(0);
  const key = topics.join(',');
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const list = key.split(',');
    list.forEach((t) => target.addEventListener(t, bump));
    return () => list.forEach((t) => target.removeEventListener(t, bump));
  }, [key]);
  return version;
}
