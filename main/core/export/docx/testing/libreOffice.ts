import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fontFile } from '../../../brand/fontFiles';

/** Why a LibreOffice test cannot run here, or null when soffice and pdftotext are installed. */
export function libreOfficeMissing(): string | null {
  for (const tool of ['soffice', 'pdftotext', 'pdfinfo']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) return `${tool} is not installed`;
  }
  return null;
}

/**
 * A fontconfig file that adds the brand fonts (from their npm packages) to the
 * system's, as on a reader's machine with the brand fonts installed: without
 * them LibreOffice would substitute fonts of other widths and break lines and
 * pages elsewhere.
 */
function brandFontsConfig(dir: string): string {
  const folders = (['Source Sans 3', 'Merriweather'] as const).map((family) => dirname(dirname(fontFile(family, 'regular'))));
  const path = join(dir, 'fonts.conf');
  writeFileSync(
    path,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n${folders.map((f) => `  <dir>${f}</dir>\n`).join('')}  <cachedir>${join(dir, 'fontconfig-cache')}</cachedir>\n</fontconfig>\n`,
  );
  return path;
}

/**
 * Converts DOCX files to PDF with one LibreOffice headless run (it starts slowly),
 * in a private profile so parallel runs do not clash over its lock, with the brand
 * fonts installed; returns the PDFs' paths (in outDir), in order.
 */
export function convertToPdf(docxPaths: string[], outDir: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...docxPaths], {
      stdio: 'pipe',
      timeout: 180_000,
      env: { ...process.env, FONTCONFIG_FILE: brandFontsConfig(profile) },
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return docxPaths.map((path) => join(outDir, basename(path).replace(/\.docx$/i, '.pdf')));
}

export const pdfText = (pdfPath: string) => execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });

export const pdfPages = (pdfPath: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1] ?? 0);
