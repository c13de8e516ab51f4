import { useState } from 'react';
import { isAllowedLink } from '../../../../shared/schema';
import { Modal } from './Modal';

interface Props {
  initial: string;
  onCancel(): void;
  onConfirm(href: string | null): void;
}

/** Asks for a link address; only http, https and mailto are accepted (never javascript:, data: or file:). */
export function LinkDialog({ initial, onCancel, onConfirm }: Props) {
  const [href, setHref] = useState(initial);
  const trimmed = href.trim();
  // A bare address such as www.example.org is meant as a web link.
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : trimmed ? `https://${trimmed}` : '';
  const refused = trimmed !== '' && !isAllowedLink(candidate);
  return (
    <Modal title="Link" submitLabel="Apply link" submitDisabled={!trimmed || refused} onCancel={onCancel} onSubmit={() => onConfirm(candidate)}>
      <label className="field">
        <span>Address (https://…, http://… or mailto:…)</span>
        <input type="text" value={href} onChange={(e) => setHref(e.target.value)} autoFocus aria-invalid={refused} />
      </label>
      {refused && (
        <p className="field-error" role="alert">
          Only web (http, https) and email (mailto) links are allowed.
        </p>
      )}
      {initial && (
        <button type="button" className="link-remove" onClick={() => onConfirm(null)}>
          Remove link
        </button>
      )}
    </Modal>
  );
}
