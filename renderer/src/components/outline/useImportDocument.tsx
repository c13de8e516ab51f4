import { useEffect, useState } from 'react';
import { api } from '../../api';
import { Modal } from '../../editor/dialogs/Modal';
import { fileToBase64 } from '../../editor/useImageInsert';
import { useFilePicker } from '../../useFilePicker';

type ImportNotice = { kind: 'busy' | 'done' | 'error'; text: string; warnings?: string[] };

/**
 * File → Import (menu or outline button): pick a .docx or .md file, send its bytes to the engine,
 * then show the first new section. The engine imports all or nothing, so a failure leaves the report as it was.
 */
export function useImportDocument(reload: () => Promise<void>, select: (id: string) => void) {
  const [notice, setNotice] = useState<ImportNotice | null>(null);
  // A menu command is not a click in the page, and browsers open a file picker only for a click.
  const [asking, setAsking] = useState(false);

  useEffect(
    () =>
      api().onEvent((event) => {
        if (event.type === 'menu' && event.command === 'import') setAsking(true);
      }),
    [],
  );

  const run = async (file: File) => {
    setNotice({ kind: 'busy', text: `Importing “${file.name}”…` });
    try {
      const result = await api().importDocument({ fileName: file.name, base64: await fileToBase64(file) });
      await reload();
      if (result.sectionIds[0]) select(result.sectionIds[0]);
      const count = result.sectionIds.length;
      setNotice({ kind: 'done', text: `Imported ${count} section${count === 1 ? '' : 's'} from “${file.name}”.`, warnings: result.warnings });
    } catch (e) {
      setNotice({ kind: 'error', text: `“${file.name}” was not imported: ${(e as Error).message}` });
    }
  };

  const picker = useFilePicker({
    accept: '.docx,.md,.markdown,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/markdown',
    testId: 'import-file-input',
    onFile: (chosen) => void run(chosen),
  });

  const element = (
    <>
      {picker.input}
      {asking && (
        <Modal
          title="Import a document"
          submitLabel="Choose file…"
          onCancel={() => setAsking(false)}
          onSubmit={() => {
            setAsking(false);
            picker.pick();
          }}
        >
          <p>Add the sections of a Word document (.docx) or a Markdown file (.md) at the end of the report. Its headings become sections.</p>
        </Modal>
      )}
      {notice && (
        <div className={`import-notice import-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <span>{notice.text}</span>
          {notice.warnings && notice.warnings.length > 0 && (
            <ul>
              {notice.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          {notice.kind !== 'busy' && (
            <button type="button" onClick={() => setNotice(null)}>
              Dismiss
            </button>
          )}
        </div>
      )}
    </>
  );
  return { pick: picker.pick, element };
}
