import { useState } from 'react';
import { Modal } from './Modal';

export interface ImageDetails {
  alt: string;
  decorative: boolean;
  caption: string;
  width: number;
}

interface Props {
  title: string;
  initial: ImageDetails;
  /** Shown above the fields, e.g. the file name being inserted. */
  note?: string;
  onCancel(): void;
  onConfirm(details: ImageDetails): void;
}

/** Alt text must be written, or the image explicitly marked decorative, before it goes in. */
export function ImageDetailsDialog({ title, initial, note, onCancel, onConfirm }: Props) {
  const [details, setDetails] = useState<ImageDetails>(initial);
  const answered = details.decorative || details.alt.trim().length > 0;
  const set = (patch: Partial<ImageDetails>) => setDetails((d) => ({ ...d, ...patch }));
  return (
    <Modal
      title={title}
      submitLabel="Save image"
      submitDisabled={!answered}
      onCancel={onCancel}
      onSubmit={() => onConfirm({ ...details, alt: details.decorative ? '' : details.alt.trim(), caption: details.caption.trim() })}
    >
      {note && <p className="modal-note">{note}</p>}
      <label className="field">
        <span>Alt text (what the image shows, for readers who cannot see it)</span>
        <textarea
          value={details.alt}
          disabled={details.decorative}
          rows={3}
          maxLength={2000}
          onChange={(e) => set({ alt: e.target.value })}
          autoFocus
        />
      </label>
      <label className="field-check">
        <input type="checkbox" checked={details.decorative} onChange={(e) => set({ decorative: e.target.checked })} />
        <span>Decorative: adds nothing a reader needs (no alt text)</span>
      </label>
      <label className="field">
        <span>Caption</span>
        <input type="text" value={details.caption} maxLength={500} onChange={(e) => set({ caption: e.target.value })} />
      </label>
      <label className="field">
        <span>Width (% of the text width)</span>
        <input
          type="number"
          min={10}
          max={100}
          step={5}
          value={details.width}
          onChange={(e) => set({ width: Math.min(100, Math.max(10, Number(e.target.value) || 100)) })}
        />
      </label>
      {!answered && <p className="field-hint">Write alt text or tick “Decorative” to continue.</p>}
    </Modal>
  );
}
