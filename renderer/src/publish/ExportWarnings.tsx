import './exportWarnings.css';

interface Props {
  warnings: string[];
}

/** What went wrong without stopping a finished export, so the author checks those places before sending the file. */
export function ExportWarnings({ warnings }: Props) {
  if (!warnings.length) return null;
  return (
    <section className="export-warnings" role="status" aria-labelledby="export-warnings-title">
      <h3 id="export-warnings-title">{warnings.length === 1 ? 'Check one thing in the exported file' : `Check ${warnings.length} things in the exported file`}</h3>
      <ul>
        {warnings.map((warning, index) => (
          <li key={index}>{warning}</li>
        ))}
      </ul>
    </section>
  );
}
