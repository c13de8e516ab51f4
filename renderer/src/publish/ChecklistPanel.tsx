import type { PublishProblem } from '../../../shared/api/calls/publish';
import { useNavigation } from '../navigation';
import { useApiList } from '../panels/useApiList';

const RULE_LABEL: Record<PublishProblem['rule'], string> = {
  'image-alt': 'Alt text',
  'empty-section': 'Empty section',
  'heading-skip': 'Heading levels',
  'unresolved-comment': 'Comment',
  'not-approved': 'Review',
  'missing-reference': 'Citation',
  'uncited-reference': 'Reference',
  'missing-finding': 'Finding',
  'missing-safety-item': 'Safety item',
  'safety-item-addressee': 'Addressee',
  'unplaced-safety-item': 'Safety item',
  'link-scheme': 'Link',
  'brand-contrast': 'Contrast',
  'plain-english': 'Plain English',
};

/** The pre-publish checklist: every problem links to its place; blocking ones must be settled before publishing. */
export function ChecklistPanel() {
  const { items, error, reload } = useApiList<PublishProblem>(
    (a) => a.prepublishChecklist({}),
    ['outline', 'sections', 'findings', 'safetyItems', 'references', 'comments', 'meta', 'assets'],
  );
  const { goToSection } = useNavigation();
  if (error) return <p role="alert">{error}</p>;
  const blocking = items.filter((p) => p.severity === 'blocking');
  const advisory = items.filter((p) => p.severity === 'advisory');

  const row = (p: PublishProblem, i: number) => (
    <li key={`${p.rule}-${i}`} className={`check-${p.severity}`}>
      <span className="check-rule">{RULE_LABEL[p.rule]}</span>
      {p.sectionId ? (
        <button type="button" className="link-button" onClick={() => goToSection(p.sectionId!, p.position)}>
          {p.message}
        </button>
      ) : (
        <span>{p.message}</span>
      )}
    </li>
  );

  return (
    <div className="register-panel" aria-label="Pre-publish checklist">
      <div className="panel-toolbar">
        <strong data-testid="checklist-summary">
          {blocking.length ? `${blocking.length} to fix before publishing` : 'Ready to publish'}
        </strong>
        <button type="button" onClick={reload}>
          Check again
        </button>
      </div>
      {blocking.length > 0 && (
        <ul className="panel-list" aria-label="Blocking problems">
          {blocking.map(row)}
        </ul>
      )}
      {advisory.length > 0 && (
        <>
          <h3 className="panel-heading">Advice</h3>
          <ul className="panel-list" aria-label="Advice">
            {advisory.map(row)}
          </ul>
        </>
      )}
    </div>
  );
}
