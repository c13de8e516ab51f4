import type { Editor } from '@tiptap/core';
import { useState } from 'react';
import { ImageMime, MAX_ASSET_BYTES } from '../../../shared/model';
import { api } from '../api';
import { useFilePicker } from '../useFilePicker';
import { ImageDetailsDialog } from './dialogs/ImageDetailsDialog';

/** Bytes to base64 in chunks (spreading a whole image into String.fromCharCode overflows the stack). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * Insert an image from a file: pick it, describe it (alt text or decorative, caption, width), store it
 * in the project's assets, then place a figure at the caret.
 */
export function useImageInsert(editor: Editor | null, onError: (message: string) => void) {
  const [file, setFile] = useState<File | null>(null);

  const onFile = (chosen: File) => {
    if (!ImageMime.safeParse(chosen.type).success) return onError(`“${chosen.name}” is not a PNG, JPEG, GIF, WebP or SVG image.`);
    if (chosen.size > MAX_ASSET_BYTES) return onError(`“${chosen.name}” is larger than ${MAX_ASSET_BYTES / 1048576} MB.`);
    setFile(chosen);
  };
  const { pick, input } = useFilePicker({
    accept: 'image/png,image/jpeg,image/gif,image/webp,image/svg+xml',
    testId: 'image-file-input',
    onFile,
  });

  const element = (
    <>
      {input}
      {file && editor && (
        <ImageDetailsDialog
          title="Insert image"
          note={file.name}
          initial={{ alt: '', decorative: false, caption: '', width: 100 }}
          onCancel={() => setFile(null)}
          onConfirm={async (details) => {
            setFile(null);
            try {
              const asset = await api().createAsset({
                name: file.name,
                mimeType: ImageMime.parse(file.type),
                base64: await fileToBase64(file),
                altText: details.alt,
                decorative: details.decorative,
              });
              editor.chain().focus().insertContent({ type: 'figure', attrs: { assetId: asset.id, ...details } }).run();
            } catch (e) {
              onError((e as Error).message);
            }
          }}
        />
      )}
    </>
  );
  return { pick, element };
}
