import DOMPurify from 'dompurify';
import { useEffect, useState } from 'react';
import { api } from '../api';
import { useDataVersion } from '../dataEvents';

interface Entry {
  referenceId: string;
  html: string;
}

/** The References section as it will print: only what is cited, in the report's style and order. */
export function Bibliography() {
  const [entries, setEntries] = useState<Entry[]>([]);
  const [error, setError] = useState<string | null>(null);
  const version = useDataVersion('outline', 'sections', 'references', 'meta');
  useEffect(() => {
    let live = true;
    api()
      .getBibliography({})
      .then((b) => live && (setEntries(b.entries), setError(null)))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [version]);
  if (error) return <p role="alert">{error}</p>;
  return (
    <section aria-labelledby="bibliography-heading" className="bibliography">
      <h3 id="bibliography-heading" className="panel-heading">
        As printed ({entries.length} cited)
      </h3>
      <ol className="bibliography-list">
        {entries.map((e) => (
          // citeproc's HTML is limited to inline formatting; sanitised all the same before it reaches the page.
          <li key={e.referenceId} dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(e.html, { ALLOWED_TAGS: ['i', 'b', 'em', 'strong', 'span', 'sup', 'sub', 'div'] }) }} />
        ))}
      </ol>
    </section>
  );
}
