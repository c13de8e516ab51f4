import type { Editor } from '@tiptap/core';
import { useState } from 'react';
import type { Entities } from './entities';
import { referenceLabel } from './entities';
import { LinkDialog } from './dialogs/LinkDialog';
import { PickerDialog } from './dialogs/PickerDialog';
import { TextDialog } from './dialogs/TextDialog';
import { VersionsDialog } from './versions/VersionsDialog';

export type DialogKind = 'link' | 'footnote' | 'finding' | 'safety' | 'citation' | 'versions';

interface Props {
  kind: DialogKind;
  editor: Editor;
  sectionId: string;
  entities: Omit<Entities, 'citationNumbers'>;
  flush(): Promise<void>;
  onClose(): void;
}

/** The dialog the toolbar, a shortcut or the insert menu opened; each one ends by inserting at the caret. */
export function EditorDialogs({ kind, editor, sectionId, entities, flush, onClose }: Props) {
  // The text selected when the dialog opened is what it acts on, whatever happens to focus meanwhile.
  const [range] = useState(() => ({ from: editor.state.selection.from, to: editor.state.selection.to }));
  const done = (work: () => void) => {
    work();
    onClose();
  };
  switch (kind) {
    case 'link':
      return (
        <LinkDialog
          initial={(editor.getAttributes('link').href as string | undefined) ?? ''}
          onCancel={onClose}
          onConfirm={(href) =>
            done(() => {
              const size = editor.state.doc.content.size;
              const selection = { from: Math.min(range.from, size), to: Math.min(range.to, size) };
              const chain = editor.chain().focus().setTextSelection(selection).extendMarkRange('link');
              if (href === null) chain.unsetLink().run();
              else if (selection.from === selection.to && !editor.isActive('link'))
                chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
              else chain.setLink({ href }).run();
            })
          }
        />
      );
    case 'footnote':
      return (
        <TextDialog
          title="Footnote"
          label="Footnote text"
          submitLabel="Insert footnote"
          multiline
          onCancel={onClose}
          onConfirm={(text) => done(() => editor.chain().focus().insertContent({ type: 'footnote', content: [{ type: 'text', text }] }).run())}
        />
      );
    case 'finding':
      return (
        <PickerDialog
          title="Insert a finding reference"
          emptyText="The register has no findings yet."
          options={entities.findings.map((f) => ({ id: f.id, label: `${f.code} ${f.title}`, detail: f.statement.slice(0, 160) }))}
          onCancel={onClose}
          onConfirm={([id]) => done(() => editor.chain().focus().insertContent({ type: 'findingRef', attrs: { findingId: id } }).run())}
        />
      );
    case 'safety':
      return (
        <PickerDialog
          title="Insert a safety item"
          emptyText="The register has no safety items yet."
          options={entities.safetyItems.map((s) => ({ id: s.id, label: `${s.code} — ${s.addressee}`, detail: s.text.slice(0, 160) }))}
          onCancel={onClose}
          onConfirm={([id]) => done(() => editor.chain().focus().insertContent({ type: 'safetyItemBlock', attrs: { safetyItemId: id } }).run())}
        />
      );
    case 'citation':
      return (
        <PickerDialog
          title="Insert a citation"
          multiple
          emptyText="The library has no references yet."
          options={entities.references.map((r) => ({ id: r.id, label: referenceLabel(r) }))}
          onCancel={onClose}
          onConfirm={(ids) =>
            done(() =>
              editor
                .chain()
                .focus()
                .insertContent({ type: 'citation', attrs: { items: ids.map((referenceId) => ({ referenceId })) } })
                .run(),
            )
          }
        />
      );
    case 'versions':
      return (
        <VersionsDialog
          sectionId={sectionId}
          flush={flush}
          onClose={onClose}
          onRestored={(section) => editor.commands.setContent(section.content, { emitUpdate: true })}
        />
      );
  }
}
