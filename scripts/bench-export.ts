/**
 * Export benchmark (a measurement, not a timed test): DOCX and PDF of the
 * sample report and of the generated 100-section report. Each export runs in
 * its own child process so its peak memory is its own.
 *
 *   npm run bench:export
 *
 * Prints the CPU time (user + system) of reading the report model cold, of
 * the export call, its wall time, and the child's peak resident memory.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Result {
  /** CPU time of reading the report model on its own (cold), which both exporters start with. */
  loadMs: number;
  cpuMs: number;
  wallMs: number;
  peakRssMb: number;
  bytes: number;
}

async function child(format: string, file: string, out: string): Promise<void> {
  const { Project } = await import('../main/core/store/project');
  const { exportPdf } = await import('../main/core/export/pdf/exportPdf');
  const { exportDocx } = await import('../main/core/export/docx/exportDocx');
  const { loadReportDocument } = await import('../main/core/export/reportDocument');
  const project = Project.open(file);
  try {
    const before = process.cpuUsage();
    loadReportDocument(project);
    const loaded = process.cpuUsage(before);
    const cpu = process.cpuUsage();
    const start = performance.now();
    await (format === 'pdf' ? exportPdf(project, out) : exportDocx(project, out));
    const used = process.cpuUsage(cpu);
    const result: Result = {
      loadMs: (loaded.user + loaded.system) / 1000,
      cpuMs: (used.user + used.system) / 1000,
      wallMs: performance.now() - start,
      // maxRSS is in kilobytes.
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      bytes: statSync(out).size,
    };
    process.stdout.write(JSON.stringify(result));
  } finally {
    project.close();
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-bench-'));
  try {
    const { createSampleProject } = await import('../main/core/sample/createSampleProject');
    const { generateLongReport } = await import('../main/core/sample/generateLongReport');
    const reports = {
      sample: join(dir, 'sample.casebook'),
      '100 sections': join(dir, 'long.casebook'),
    };
    createSampleProject(reports.sample).close();
    generateLongReport(reports['100 sections']).close();
    const script = fileURLToPath(import.meta.url);
    console.log(`${'report'.padEnd(14)}${'format'.padEnd(8)}${'load ms'.padStart(9)}${'CPU ms'.padStart(9)}${'wall ms'.padStart(9)}${'peak MB'.padStart(9)}${'size KB'.padStart(9)}`);
    for (const [name, file] of Object.entries(reports)) {
      for (const format of ['docx', 'pdf']) {
        const out = join(dir, `${name.replace(/\s/g, '-')}.${format}`);
        const json = execFileSync(process.execPath, ['--import', 'tsx', script, '--child', format, file, out], { encoding: 'utf8' });
        const r = JSON.parse(json) as Result;
        console.log(
          `${name.padEnd(14)}${format.padEnd(8)}${r.loadMs.toFixed(0).padStart(9)}${r.cpuMs.toFixed(0).padStart(9)}${r.wallMs.toFixed(0).padStart(9)}${r.peakRssMb.toFixed(0).padStart(9)}${(r.bytes / 1024).toFixed(0).padStart(9)}`,
        );
      }
    }
    console.log('\nload ms: reading the report model once, cold (citations formatted by the CSL engine included);');
    console.log('CPU ms: the export call after that (the project is unchanged, so it gets the model just read), then lays out and writes.');
    console.log('Targets for the 100-section PDF: under 600 ms CPU, under 300 MB.');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const [flag, format, file, out] = process.argv.slice(2);
if (flag === '--child') await child(format!, file!, out!);
else await main();
