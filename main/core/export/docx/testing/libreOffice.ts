import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

/** Why a LibreOffice test cannot run here, or null when soffice and pdftotext are installed. */
export function libreOfficeMissing(): string | null {
  for (const tool of ['soffice', 'pdftotext', 'pdfinfo']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) return `${tool} is not installed`;
  }
  return null;
}

/**
 * Converts DOCX files to PDF with one LibreOffice headless run (it starts slowly),
 * in a private profile so parallel runs do not clash over its lock; returns the
 * PDFs' paths (in outDir), in order.
 */
export function convertToPdf(docxPaths: string[], outDir: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...docxPaths], {
      stdio: 'pipe',
      timeout: 120_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return docxPaths.map((path) => join(outDir, basename(path).replace(/\.docx$/i, '.pdf')));
}

export const pdfText = (pdfPath: string) => execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });

export const pdfPages = (pdfPath: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1] ?? 0);
