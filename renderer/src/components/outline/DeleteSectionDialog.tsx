import type { SectionSummary } from '../../../../shared/model';
import { Modal } from '../../editor/dialogs/Modal';

interface Props {
  section: SectionSummary;
  number: string;
  subsections: number;
  onCancel(): void;
  onConfirm(): void;
}

/** Asks before a section (and its subsections) goes; the deletion can still be undone afterwards. */
export function DeleteSectionDialog({ section, number, subsections, onCancel, onConfirm }: Props) {
  return (
    <Modal title="Delete section?" submitLabel="Delete section" onCancel={onCancel} onSubmit={onConfirm}>
      <p>
        Delete section {number} “{section.title || 'Untitled section'}”
        {subsections > 0 && ` and its ${subsections} subsection${subsections === 1 ? '' : 's'}`}? You can undo this straight afterwards.
      </p>
    </Modal>
  );
}
