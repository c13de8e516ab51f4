import { useEffect, useRef } from 'react';
import { useFilePicker } from '../useFilePicker';
import { BrandForm } from './BrandForm';
import { useBrands } from './useBrands';
import './brand.css';

interface Props {
  readOnly: boolean;
  onClose(): void;
}

/** Brands: the report's own (editable) and the bundled ones (duplicate to edit); save, use, delete, export and import. */
export function BrandEditor({ readOnly, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const brands = useBrands();
  const brandFile = useFilePicker({ accept: '.json,application/json', testId: 'brand-import-input', onFile: (file) => void brands.importFile(file) });
  const { entries, inUseId, selected, draft, dirty, status, error } = brands.state;
  const bundled = selected?.bundled ?? false;
  const editable = !readOnly && !bundled;

  useEffect(() => dialog.current?.showModal(), []);

  const close = () => {
    if (dirty && !window.confirm(`Close without saving the changes to “${draft?.name}”?`)) return;
    onClose();
  };

  return (
    <dialog ref={dialog} className="modal brand-dialog" aria-labelledby="brand-title" onCancel={(e) => (e.preventDefault(), close())}>
      <h2 id="brand-title">Brands</h2>
      <div className="brand-layout">
        <nav className="brand-list" aria-label="Brands">
          <ul>
            {entries.map(({ brand, bundled: isBundled }) => (
              <li key={brand.id}>
                <button type="button" aria-current={brand.id === selected?.brand.id ? 'true' : undefined} onClick={() => brands.select(brand.id)}>
                  <span className="brand-swatch" style={{ background: brand.colours.primary }} aria-hidden="true" />
                  <span className="brand-list-name">{brand.name}</span>
                  {brand.id === inUseId && <span className="brand-tag in-use">In use</span>}
                  {isBundled && <span className="brand-tag">Bundled</span>}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" disabled={readOnly} onClick={brandFile.pick}>
            Import brand file…
          </button>
          {brandFile.input}
        </nav>
        <div className="brand-detail">
          {bundled && (
            <p className="brand-note">
              “{selected?.brand.name}” comes with Casebook and cannot be changed.{' '}
              <button type="button" disabled={readOnly} onClick={() => void brands.duplicate()}>
                Duplicate to edit
              </button>
            </p>
          )}
          {draft ? <BrandForm brand={draft} readOnly={!editable} onChange={brands.change} onError={brands.reportError} /> : <p className="empty">No brand chosen.</p>}
        </div>
      </div>
      <p className="brand-status" role="status" aria-live="polite">
        {status}
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="form-actions">
        {editable && (
          <button type="button" disabled={!dirty} onClick={() => void brands.save()}>
            Save
          </button>
        )}
        {editable && dirty && (
          <button type="button" onClick={brands.revert}>
            Undo changes
          </button>
        )}
        <button type="button" disabled={readOnly || !selected || (selected.brand.id === inUseId && !dirty)} onClick={() => void brands.use()}>
          Use for this report
        </button>
        {!bundled && selected && (
          <button type="button" disabled={readOnly} onClick={() => void brands.duplicate()}>
            Duplicate
          </button>
        )}
        <button type="button" disabled={!selected || dirty} title={dirty ? 'Save first' : undefined} onClick={() => void brands.exportFile()}>
          Export brand file…
        </button>
        {editable && (
          <button type="button" className="danger" onClick={() => void brands.remove()}>
            Delete
          </button>
        )}
        <button type="button" className="push-right" onClick={close}>
          Close
        </button>
      </div>
    </dialog>
  );
}
