import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** Why a LibreOffice test cannot run here, or null when soffice and pdftotext are installed. */
export function libreOfficeMissing(): string | null {
  for (const tool of ['soffice', 'pdftotext']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) return `${tool} is not installed`;
  }
  return null;
}

/**
 * Converts a DOCX to PDF with LibreOffice headless, in a private profile so parallel
 * runs do not clash over its lock; returns the PDF's path (in outDir).
 */
export function convertToPdf(docxPath: string, outDir: string): string {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docxPath], {
      stdio: 'pipe',
      timeout: 120_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return join(outDir, basename(docxPath).replace(/\.docx$/i, '.pdf'));
}

export const pdfText = (pdfPath: string) => execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });

/** Whether `words` occur in `text` in this order (whitespace and line breaks between them do not matter). */
export function missingInOrder(text: string, words: string[]): string[] {
  const missing: string[] = [];
  let at = 0;
  for (const word of words) {
    const found = text.indexOf(word, at);
    if (found < 0) missing.push(word);
    else at = found + word.length;
  }
  return missing;
}
