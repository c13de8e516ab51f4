import type { Document } from 'happy-dom';
import { ASSET_SRC_PREFIX, type ImportedImage } from './importedImage';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6';

/**
 * Converter images become figure blocks the schema knows, lifted out of the paragraph around them;
 * the alt text is kept on the figure and the asset. Images the converters left out are removed.
 */
export function imagesToFigures(doc: Document, images: ImportedImage[]): { missingAlt: number; used: Set<string> } {
  const byId = new Map(images.map((i) => [i.id, i]));
  const used = new Set<string>();
  let missingAlt = 0;
  for (const img of Array.from(doc.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? '';
    const image = src.startsWith(ASSET_SRC_PREFIX) ? byId.get(src.slice(ASSET_SRC_PREFIX.length)) : undefined;
    if (!image) {
      img.remove();
      continue;
    }
    const alt = (img.getAttribute('alt') ?? '').trim();
    image.altText = alt;
    if (!alt) missingAlt++;
    used.add(image.id);
    const figure = doc.createElement('figure');
    figure.setAttribute('data-asset-id', image.id);
    figure.setAttribute('data-width', '100');
    const inner = doc.createElement('img');
    inner.setAttribute('alt', alt);
    figure.append(inner, doc.createElement('figcaption'));
    const block = img.closest(BLOCKS);
    if (!block) {
      // Already between blocks (a list item or table cell): the figure can stand there.
      img.replaceWith(figure);
      continue;
    }
    img.remove();
    block.after(figure);
    if (!(block.textContent ?? '').trim() && !block.querySelector('img, span[data-footnote]')) block.remove();
  }
  return { missingAlt, used };
}
