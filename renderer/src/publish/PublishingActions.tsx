import type { PaneMode } from './usePublishing';

interface Props {
  mode: PaneMode;
  onTogglePreview(): void;
  onExport(): void;
  onBrand(): void;
}

export function PublishingActions({ mode, onTogglePreview, onExport, onBrand }: Props) {
  return (
    <div className="publishing-actions">
      <button type="button" aria-pressed={mode === 'preview'} onClick={onTogglePreview} title="Preview the printed PDF (Ctrl+Shift+P)">
        {mode === 'preview' ? 'Back to writing' : 'Preview'}
      </button>
      <button type="button" onClick={onExport} title="Export PDF, Word or JSON (Ctrl+Shift+E)">
        Export…
      </button>
      <button type="button" onClick={onBrand} title="Colours, logo, fonts and cover of the report (Ctrl+Alt+B)">
        Brand…
      </button>
    </div>
  );
}
