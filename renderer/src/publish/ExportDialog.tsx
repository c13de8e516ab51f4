import { useEffect, useRef, useState } from 'react';
import type { BrandEntry } from '../../../shared/api/calls/publishing';
import { EXPORT_FORMATS_INFO, EXPORT_FORMAT_IDS, type ExportFormat } from '../../../shared/export/formats';
import { api } from '../api';
import { BrandSelect } from './BrandSelect';
import { ExportWarnings } from './ExportWarnings';
import { useExportJob } from './useExportJob';

interface Props {
  onClose(): void;
}

/** Export: format, brand and destination, then a progress bar with Cancel, and Open / Show in folder at the end. */
export function ExportDialog({ onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [brands, setBrands] = useState<BrandEntry[]>([]);
  const [brandName, setBrandName] = useState('');
  const [path, setPath] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const job = useExportJob();

  useEffect(() => {
    dialog.current?.showModal();
    api()
      .listAvailableBrands({})
      .then((list) => {
        setBrands(list);
        setBrandName(list[0]?.brand.name ?? '');
      })
      .catch((e: Error) => setProblem(e.message));
  }, []);

  const choosePath = async () => {
    try {
      const chosen = await api().chooseExportPath({ format });
      if (chosen.path) setPath(chosen.path);
    } catch (e) {
      setProblem((e as Error).message);
    }
  };

  const running = job.status?.state === 'running';
  const finished = job.status?.state === 'done';
  const percent = job.status ? Math.round((100 * job.status.done) / Math.max(1, job.status.total)) : 0;
  const usesBrand = format !== 'json';

  return (
    <dialog ref={dialog} className="modal export-dialog" aria-labelledby="export-title" onCancel={(e) => (running ? e.preventDefault() : onClose())}>
      <h2 id="export-title">Export report</h2>
      <fieldset disabled={running}>
        <legend>Format</legend>
        {EXPORT_FORMAT_IDS.map((id) => (
          <label key={id} className="radio">
            <input type="radio" name="format" value={id} checked={format === id} onChange={() => (setFormat(id), setPath(''), job.reset())} />
            {EXPORT_FORMATS_INFO[id].label}
          </label>
        ))}
      </fieldset>
      {usesBrand && (
        <BrandSelect brands={brands} value={brandName} onChange={setBrandName} disabled={running} />
      )}
      <div className="destination">
        <span className="destination-path" data-testid="export-path">
          {path || 'No destination chosen'}
        </span>
        <button type="button" onClick={() => void choosePath()} disabled={running}>
          Choose…
        </button>
      </div>
      {job.status && (
        <div className="export-progress" aria-live="polite">
          <progress max={100} value={percent} aria-label="Export progress" />
          <span data-testid="export-state">
            {job.status.state === 'running' && `Exporting… ${percent}%${job.status.stage ? ` · ${job.status.stage}` : ''}`}
            {job.status.state === 'done' && 'Exported.'}
            {job.status.state === 'cancelled' && 'Cancelled: nothing was written.'}
            {job.status.state === 'failed' && `Export failed: ${job.status.message}`}
          </span>
        </div>
      )}
      {finished && <ExportWarnings warnings={job.status!.warnings} />}
      {(problem || job.error) && (
        <p role="alert" className="error">
          {problem ?? job.error}
        </p>
      )}
      <div className="form-actions">
        {running ? (
          <button type="button" onClick={() => void job.cancel()}>
            Cancel export
          </button>
        ) : (
          <button type="button" disabled={!path} onClick={() => void job.start(format, path, usesBrand ? brandName : undefined)}>
            Export
          </button>
        )}
        {finished && (
          <>
            <button type="button" onClick={() => void api().openExported({ path })}>
              Open
            </button>
            <button type="button" onClick={() => void api().showInFolder({ path })}>
              Show in folder
            </button>
          </>
        )}
        <button type="button" onClick={onClose} disabled={running}>
          Close
        </button>
      </div>
    </dialog>
  );
}
