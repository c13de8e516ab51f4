import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import type { Section } from '../../../shared/model';
import { schemaExtensions } from '../../../shared/schema';
import { api } from '../api';

/** Shows one section's text as it is stored. */
export function SectionView({ sectionId, number }: { sectionId: string; number: string }) {
  const [section, setSection] = useState<Section | null>(null);
  const [error, setError] = useState<string | null>(null);
  const editor = useEditor({ extensions: schemaExtensions, editable: false, content: '' }, []);

  useEffect(() => {
    let live = true;
    api()
      .getSection({ id: sectionId })
      .then((s) => live && (setSection(s), setError(null)))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [sectionId]);

  useEffect(() => {
    if (editor && section) editor.commands.setContent(section.content, { emitUpdate: false });
  }, [editor, section]);

  if (error) return <p role="alert" className="error">{error}</p>;
  return (
    <article className="section-view" aria-labelledby="section-title">
      <h1 id="section-title" className="section-title">
        <span className="section-number">{number}</span> {section?.title}
      </h1>
      <EditorContent editor={editor} className="section-body" />
    </article>
  );
}
