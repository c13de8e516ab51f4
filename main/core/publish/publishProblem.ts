/** One item of the pre-publish checklist. Blocking items stop `casebook check --publish` (exit 1). */
export interface PublishProblem {
  rule:
    | 'image-alt'
    | 'empty-section'
    | 'heading-skip'
    | 'unresolved-comment'
    | 'not-approved'
    | 'missing-reference'
    | 'uncited-reference'
    | 'missing-finding'
    | 'missing-safety-item'
    | 'safety-item-addressee'
    | 'unplaced-safety-item'
    | 'link-scheme'
    | 'brand-contrast'
    | 'plain-english';
  severity: 'blocking' | 'advisory';
  message: string;
  /** Where to jump: a section and a position in it, or an entity in a panel. */
  sectionId?: string;
  position?: number;
  entity?: { kind: 'reference' | 'safetyItem' | 'brand' | 'comment'; id: string };
}
