/** A brand file's name from the brand's name, safe on every platform. */
export function brandFileName(name: string): string {
  return `${name.replace(/[\\/:*?"<>|]+/g, '-').replace(/\s+/g, ' ').trim().slice(0, 100) || 'Brand'}.casebook-brand.json`;
}

/**
 * Saves text as a file through the browser's download (a blob: link with `download`):
 * the desktop shows its own save dialog, and no file path reaches the renderer.
 */
export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the bytes by the next task; keep the URL a little longer to be safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
