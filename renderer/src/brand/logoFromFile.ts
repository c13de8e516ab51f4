import { fileToBase64 } from '../editor/useImageInsert';

/** Wide enough for a sharp logo on a printed cover, small enough to keep the project file lean. */
export const LOGO_MAX_SIZE = 1200;

export interface LogoImage {
  name: string;
  mimeType: 'image/png' | 'image/jpeg';
  base64: string;
}

const kindOf = (file: File): 'png' | 'jpeg' | 'svg' | null => {
  const name = file.name.toLowerCase();
  if (file.type === 'image/png' || name.endsWith('.png')) return 'png';
  if (file.type === 'image/jpeg' || /\.jpe?g$/.test(name)) return 'jpeg';
  if (file.type === 'image/svg+xml' || name.endsWith('.svg')) return 'svg';
  return null;
};

/**
 * A logo ready to store: PNG and JPEG as they are; SVG drawn into a canvas and kept as
 * PNG, because the exporters embed bitmaps (pdf-lib and Word cannot place SVG reliably)
 * and an SVG's scripts and external references must never reach them.
 */
export async function logoFromFile(file: File): Promise<LogoImage> {
  const kind = kindOf(file);
  if (!kind) throw new Error(`“${file.name}” is not a PNG, JPEG or SVG image.`);
  if (kind !== 'svg') return { name: file.name, mimeType: kind === 'png' ? 'image/png' : 'image/jpeg', base64: await fileToBase64(file) };
  const png = await rasteriseSvg(await file.text());
  return { name: file.name.replace(/\.svg$/i, '') + '.png', mimeType: 'image/png', base64: await fileToBase64(png) };
}

/** Draws SVG text at up to LOGO_MAX_SIZE pixels on its longer side and returns the PNG. */
export async function rasteriseSvg(svg: string): Promise<Blob> {
  // An <img> renders SVG without running its scripts or fetching what it links to.
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    try {
      await image.decode();
    } catch {
      throw new Error('This SVG file could not be drawn: it may be damaged or not an SVG image.');
    }
    // An SVG without width and height reports no size of its own: assume a landscape logo.
    const [w, h] = image.naturalWidth && image.naturalHeight ? [image.naturalWidth, image.naturalHeight] : [600, 200];
    const scale = LOGO_MAX_SIZE / Math.max(w, h);
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(w * scale));
    canvas.height = Math.max(1, Math.round(h * scale));
    canvas.getContext('2d')!.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The SVG logo could not be turned into a PNG.'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
