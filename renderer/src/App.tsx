import { useEffect, useMemo, useState } from 'react';
import { sectionNumbers } from '../../shared/numbering/sectionNumbers';
import { Outline } from './components/Outline';
import { SectionView } from './components/SectionView';
import { TitleBar } from './components/TitleBar';
import { SidePanels } from './panels/SidePanels';
import { NavigationProvider } from './navigation';
import { SaveStateProvider } from './saveState';
import { useProject } from './useProject';
import { useSectionWords } from './editor/useSectionWords';
import { useImportDocument } from './components/outline/useImportDocument';
import { ExportDialog } from './publish/ExportDialog';
import { PreviewPane } from './publish/PreviewPane';
import { PublishingActions } from './publish/PublishingActions';
import { usePublishing } from './publish/usePublishing';
import { BrandEditor } from './brand/BrandEditor';
import { useBrandEditor } from './brand/useBrandEditor';

export function App() {
  const { info, sections, error, loading, reload } = useProject();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const sectionWords = useSectionWords(sections);
  const importer = useImportDocument(reload, setSelectedId);
  const numbers = useMemo(() => sectionNumbers(sections), [sections]);
  const publishing = usePublishing();
  const brandEditor = useBrandEditor();
  const { showWriting } = publishing;
  const navigation = useMemo(
    () => ({
      goToSection: (id: string) => {
        showWriting();
        setSelectedId(id);
      },
    }),
    [showWriting],
  );

  useEffect(() => {
    if (!sections.some((s) => s.id === selectedId)) setSelectedId(sections[0]?.id ?? null);
  }, [sections, selectedId]);

  if (loading) return <p className="splash">Opening…</p>;
  if (error) return <p className="splash error" role="alert">{error}</p>;
  if (!info) {
    return (
      <main className="splash">
        <h1>Casebook</h1>
        <p>No project is open. Use File → New or File → Open.</p>
      </main>
    );
  }
  return (
    <SaveStateProvider>
      <NavigationProvider value={navigation}>
        <div className="app">
          <a href="#main" className="skip-link">
            Skip to section text
          </a>
          <TitleBar
            info={info}
            actions={<PublishingActions mode={publishing.mode} onTogglePreview={publishing.togglePreview} onExport={publishing.openExport} onBrand={brandEditor.openBrands} />}
          />
          {publishing.exporting && <ExportDialog onClose={publishing.closeExport} />}
          {brandEditor.open && <BrandEditor readOnly={info.readOnly} onClose={brandEditor.closeBrands} />}
          {importer.element}
          <div className="workspace">
            <Outline
              sections={sections}
              selectedId={selectedId}
              readOnly={info.readOnly}
              onSelect={setSelectedId}
              reload={reload}
              onImport={importer.pick}
            />
            <main id="main" className="main-pane" tabIndex={-1}>
              {publishing.mode === 'preview' ? (
                <PreviewPane />
              ) : selectedId ? (
                <SectionView
                  key={selectedId}
                  sectionId={selectedId}
                  number={numbers.get(selectedId)?.number ?? ''}
                  title={sections.find((s) => s.id === selectedId)?.title ?? ''}
                  readOnly={info.readOnly}
                  otherWords={sectionWords.totalExcept(selectedId)}
                  onSaved={sectionWords.onSaved}
                />
              ) : (
                <p className="empty">This report has no sections yet.</p>
              )}
            </main>
            <SidePanels />
          </div>
        </div>
      </NavigationProvider>
    </SaveStateProvider>
  );
}
