import { brandContrastChecks } from '../../../shared/brand/contrast';
import type { Brand } from '../../../shared/model';

/** WCAG 2.2 AA for every colour pair the brand prints text in, recomputed as colours change. */
export function ContrastTable({ colours }: { colours: Brand['colours'] }) {
  const checks = brandContrastChecks(colours);
  const failing = checks.filter((c) => !c.passes).length;
  return (
    <section className="contrast" aria-labelledby="contrast-title">
      <h3 id="contrast-title">
        Contrast{' '}
        <span className={failing ? 'contrast-summary fail' : 'contrast-summary pass'} data-testid="contrast-summary" aria-live="polite">
          {failing ? `${failing} ${failing === 1 ? 'pair fails' : 'pairs fail'} WCAG AA` : 'All pairs pass WCAG AA'}
        </span>
      </h3>
      <table className="contrast-table">
        <thead>
          <tr>
            <th scope="col">Text and background</th>
            <th scope="col">Sample</th>
            <th scope="col">Ratio</th>
            <th scope="col">Needs</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {checks.map((c) => (
            <tr key={c.pair} className={c.passes ? 'pass' : 'fail'} data-testid="contrast-row">
              <th scope="row">{c.pair}</th>
              <td>
                <span className="contrast-sample" style={{ color: c.foreground, background: c.background }} aria-hidden="true">
                  Aa
                </span>
              </td>
              <td>{c.ratio.toFixed(2)}:1</td>
              <td>{c.required}:1</td>
              <td className="contrast-result">{c.passes ? '✓ Pass' : '✗ Fails'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
