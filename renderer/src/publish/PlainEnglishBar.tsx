import type { PlainEnglish } from './usePlainEnglish';
import './plainEnglish.css';

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** The section's readability in one line under the text, with the switch for the highlights. */
export function PlainEnglishBar({ plain }: { plain: PlainEnglish }) {
  const r = plain.readability;
  return (
    <div className="plain-english-bar" data-testid="readability">
      <span>
        {r ? (
          <>
            Reading age {r.readingAge ?? '–'} · {count(r.sentences, 'sentence', 'sentences')} · {count(r.notes.length, 'plain-English note', 'plain-English notes')}
          </>
        ) : plain.error ? (
          <span className="error">Readability not checked: {plain.error}</span>
        ) : plain.checking ? (
          'Checking readability…'
        ) : (
          'Readability not checked yet.'
        )}
      </span>
      <button type="button" aria-pressed={plain.visible} onClick={plain.toggle} title="Underline long sentences, passive voice and words with simpler alternatives">
        {plain.visible ? 'Hide plain-English notes' : 'Show plain-English notes'}
      </button>
      <button type="button" onClick={plain.checkNow} disabled={plain.checking}>
        Check again
      </button>
      {plain.atCaret && (
        <span className="plain-english-caret" aria-live="polite">
          At the cursor: {plain.atCaret.message}
        </span>
      )}
    </div>
  );
}
