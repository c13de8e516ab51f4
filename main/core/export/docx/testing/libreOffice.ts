import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const BRAND_FAMILIES = ['Source Sans 3', 'Merriweather'] as const;

/** Why a LibreOffice test cannot run here, or null when soffice and pdftotext are installed. */
export function libreOfficeMissing(): string | null {
  for (const tool of ['soffice', 'pdftotext', 'pdfinfo', 'pdffonts']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) return `${tool} is not installed`;
  }
  return null;
}

/**
 * A fontconfig file that hides the brand fonts, as on a reader's machine
 * without them, even where they are installed: LibreOffice can show the
 * report in them only from the fonts embedded in the DOCX, which it adds
 * itself, past fontconfig's rules. Without them it would substitute fonts of
 * other widths (DejaVu Sans here) and break lines and pages elsewhere.
 */
function brandFontsHiddenConfig(profile: string): string {
  const path = join(profile, 'fonts.conf');
  const families = BRAND_FAMILIES.map((family) => `        <pattern><patelt name="family"><string>${family}</string></patelt></pattern>\n`).join('');
  writeFileSync(
    path,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n` +
      `  <selectfont>\n    <rejectfont>\n${families}    </rejectfont>\n  </selectfont>\n` +
      `  <cachedir>${join(profile, 'fontconfig-cache')}</cachedir>\n</fontconfig>\n`,
  );
  return path;
}

/**
 * Converts DOCX files to PDF with one LibreOffice headless run (it starts slowly),
 * in a private profile so parallel runs do not clash over its lock, with the brand
 * fonts hidden, so only those embedded in the files can be used; returns the PDFs' paths (in outDir), in order.
 */
export function convertToPdf(docxPaths: string[], outDir: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...docxPaths], {
      stdio: 'pipe',
      timeout: 180_000,
      env: { ...process.env, FONTCONFIG_FILE: brandFontsHiddenConfig(profile) },
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return docxPaths.map((path) => join(outDir, basename(path).replace(/\.docx$/i, '.pdf')));
}

export const pdfText = (pdfPath: string) => execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });

export const pdfPages = (pdfPath: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1] ?? 0);

/** The names of the fonts a PDF uses, without their subset prefixes ("SourceSans3-Bold"). */
export const pdfFonts = (pdfPath: string) =>
  [...new Set(execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' }).split('\n').slice(2).map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')).filter(Boolean))].sort();
