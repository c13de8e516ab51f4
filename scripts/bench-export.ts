/**
 * Export benchmark (a measurement, not a timed test): DOCX and PDF of the
 * sample report and of the generated 100-section report. Each export runs in
 * its own child process so its peak memory is its own.
 *
 *   npm run bench:export
 *
 * Prints the CPU time (user + system, all threads) of reading the report model
 * cold, of the export call, their sum, the export's wall time, the child's peak
 * resident memory, and the CPU time of the same export again in the same
 * process (as in the desktop app, where the engine is already warm).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Result {
  /** CPU time of reading the report model on its own (cold), which both exporters start with. */
  loadMs: number;
  cpuMs: number;
  wallMs: number;
  /** CPU time of a second export in the same process. */
  againMs: number;
  peakRssMb: number;
  bytes: number;
}

async function child(format: string, file: string, out: string): Promise<void> {
  // As the CLI and the desktop app's main process do at start.
  const { tierUpForBursts } = await import('../main/core/runtime/tierUpForBursts');
  tierUpForBursts();
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
    const run = () => (format === 'pdf' ? exportPdf(project, out) : exportDocx(project, out));
    await run();
    const used = process.cpuUsage(cpu);
    const wallMs = performance.now() - start;
    // maxRSS is in kilobytes.
    const peakRssMb = process.resourceUsage().maxRSS / 1024;
    const bytes = statSync(out).size;
    const again = process.cpuUsage();
    await run();
    const second = process.cpuUsage(again);
    const result: Result = {
      loadMs: (loaded.user + loaded.system) / 1000,
      cpuMs: (used.user + used.system) / 1000,
      wallMs,
      againMs: (second.user + second.system) / 1000,
      peakRssMb,
      bytes,
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
    const { Project } = await import('../main/core/store/project');
    const reports = {
      sample: join(dir, 'sample.casebook'),
      '100 sections': join(dir, 'long.casebook'),
      '100, no kept': join(dir, 'long-unkept.casebook'),
    };
    createSampleProject(reports.sample).close();
    const long = generateLongReport(reports['100 sections']);
    long.saveCopy(reports['100, no kept']);
    long.close();
    // As a file from before format 4, or one only the CLI ever wrote: the CSL engine formats every citation.
    const unkept = Project.open(reports['100, no kept']);
    unkept.formattedCitations.delete(unkept.formattedCitations.keys().map((k) => k.key));
    unkept.close();
    const script = fileURLToPath(import.meta.url);
    const columns = ['load ms', 'CPU ms', 'total ms', 'wall ms', 'peak MB', 'size KB', 'again ms'];
    console.log(`${'report'.padEnd(14)}${'format'.padEnd(8)}${columns.map((c) => c.padStart(10)).join('')}`);
    for (const [name, file] of Object.entries(reports)) {
      for (const format of ['docx', 'pdf']) {
        const out = join(dir, `${name.replace(/\s/g, '-')}.${format}`);
        const json = execFileSync(process.execPath, ['--import', 'tsx', script, '--child', format, file, out], { encoding: 'utf8' });
        const r = JSON.parse(json) as Result;
        const values = [r.loadMs, r.cpuMs, r.loadMs + r.cpuMs, r.wallMs, r.peakRssMb, r.bytes / 1024, r.againMs];
        console.log(`${name.padEnd(14)}${format.padEnd(8)}${values.map((v) => v.toFixed(0).padStart(10)).join('')}`);
      }
    }
    console.log('\nload ms: reading the report model once, cold (citation text read from the project, where the app keeps it;');
    console.log('  "no kept": a project without it, whose citations the CSL engine formats);');
    console.log('CPU ms: the export call after that (the project is unchanged, so it gets the model just read), then lays out and writes;');
    console.log('total ms: load + CPU, what a first export costs a fresh process; again ms: the same export once more, warm.');
    console.log(`Machine: ${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (CPU times grow with contention).`);
    console.log('Targets for the 100-section report: PDF under 600 ms CPU, DOCX under 1,000 ms CPU, each under 300 MB.');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const [flag, format, file, out] = process.argv.slice(2);
if (flag === '--child') await child(format!, file!, out!);
else await main();
