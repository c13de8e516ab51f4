import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { ImageDetailsDialog, type ImageDetails } from '../dialogs/ImageDetailsDialog';
import { assetUrl } from './assetUrl';

/** A figure from the project's assets, with its caption; "Edit" changes alt text, caption and width. */
export function FigureView({ node, selected, updateAttributes, editor }: ReactNodeViewProps) {
  const attrs = node.attrs as ImageDetails & { assetId: string | null };
  const [src, setSrc] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    let live = true;
    if (!attrs.assetId) return;
    assetUrl(attrs.assetId)
      .then((url) => live && setSrc(url))
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [attrs.assetId]);

  return (
    <NodeViewWrapper as="figure" className={`figure${selected ? ' is-selected' : ''}`} data-asset-id={attrs.assetId} data-drag-handle="">
      {src ? (
        <img src={src} alt={attrs.decorative ? '' : attrs.alt} style={{ width: `${attrs.width}%` }} draggable={false} />
      ) : (
        <div className="figure-placeholder">{error ? `Image unavailable: ${error}` : 'Loading image…'}</div>
      )}
      <figcaption>{attrs.caption}</figcaption>
      {editor.isEditable && (
        <button type="button" className="figure-edit" onClick={() => setEditing(true)}>
          Edit image details
        </button>
      )}
      {editing && (
        <ImageDetailsDialog
          title="Image details"
          initial={attrs}
          onCancel={() => setEditing(false)}
          onConfirm={(details) => {
            updateAttributes(details);
            setEditing(false);
          }}
        />
      )}
    </NodeViewWrapper>
  );
}
