import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Project } from '../store/project';
import { isGoodBackup } from './backups';
import { BATCH_PARTS, WRITER_SECTION_TITLE, counterOf, firstText } from './crashWriter';
import { bundleCrashWriter } from './testing/bundleWriter';
import { figuresFor } from './testing/figures';
import { prng } from './testing/prng';

/**
 * Kills a writer process with SIGKILL at random moments, hundreds of times, and after every kill
 * checks that the project opens, passes integrity_check and foreign_key_check, holds every change
 * the writer acknowledged, and holds each import batch whole or not at all.
 *
 * CASEBOOK_CRASH_KILLS (default 200) sets the number of kills, CASEBOOK_CRASH_SEED repeats a run,
 * CASEBOOK_CRASH_BUDGET_S (default 170) stops early on a slow machine, saying so, rather than failing.
 */
const KILLS = Number(process.env.CASEBOOK_CRASH_KILLS ?? 200);
const SEED = Number(process.env.CASEBOOK_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
const BUDGET_MS = Number(process.env.CASEBOOK_CRASH_BUDGET_S ?? 170) * 1000;
/** Two writers at once: each kill mostly waits for node to start, so two lanes double the rate. */
const LANES = Number(process.env.CASEBOOK_CRASH_LANES ?? 2);
/** A fresh project every so many kills keeps files small and checks quick. */
const KILLS_PER_FILE = 25;
/** How long after READY a kill may land: the writer commits every few milliseconds. */
const MAX_DELAY_MS = 250;

const figures = figuresFor(import.meta.filename);
let work: string;
let writer: { file: string; env: NodeJS.ProcessEnv };

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'casebook-crash-'));
  writer = await bundleCrashWriter(work);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What the writers acknowledged for one project file so far. */
interface Expected {
  path: string;
  backups: string;
  lastEdit: number;
  snapshots: Set<string>;
  batches: Set<number>;
  lastBackup: string | null;
}

function newProject(lane: number, round: number): Expected {
  const path = join(work, `lane${lane}-${round}.casebook`);
  const project = Project.create(path, { title: 'Crash test' });
  project.sections.create({ parentId: null, title: WRITER_SECTION_TITLE });
  project.close();
  return { path, backups: join(work, `lane${lane}-${round}-backups`), lastEdit: 0, snapshots: new Set(), batches: new Set(), lastBackup: null };
}

interface Run {
  acks: string[];
  signal: NodeJS.Signals | null;
  code: number | null;
  stderr: string;
}

/** Starts the writer and kills it after a random delay: mostly once it is writing, sometimes while it opens. */
function runAndKill(expected: Expected, random: () => number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer.file, expected.path, expected.backups], { env: writer.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    const kill = () => child.kill('SIGKILL');
    const early = random() < 0.1;
    if (early) setTimeout(kill, random() * 400);
    child.stdout.on('data', (chunk: Buffer) => {
      const before = out;
      out += chunk.toString();
      if (!early && !before.includes('READY\n') && out.includes('READY\n')) setTimeout(kill, random() * MAX_DELAY_MS);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      // Only whole lines count: a line cut by the kill was never acknowledged.
      const lines = out.split('\n').slice(0, -1);
      resolve({ acks: lines.filter((l) => l.startsWith('ACK ')).map((l) => l.slice(4)), signal, code, stderr });
    });
  });
}

function record(expected: Expected, acks: string[]): void {
  for (const ack of acks) {
    const [kind, value] = ack.split(' ', 2) as [string, string];
    if (kind === 'edit') expected.lastEdit = Number(value);
    else if (kind === 'snapshot') expected.snapshots.add(value);
    else if (kind === 'import') expected.batches.add(Number(value));
    else if (kind === 'backup') expected.lastBackup = ack.slice('backup '.length);
  }
}

/** Every way the file can fail to hold what was acknowledged, in words. */
function problemsIn(expected: Expected): string[] {
  const problems: string[] = [];
  const project = Project.open(expected.path);
  try {
    const integrity = project.db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const orphans = project.db.pragma('foreign_key_check') as unknown[];
    if (orphans.length) problems.push(`foreign_key_check: ${JSON.stringify(orphans.slice(0, 3))}`);

    const summary = project.sections.list().find((s) => s.title === WRITER_SECTION_TITLE)!;
    const counter = counterOf(firstText(project.sections.get(summary.id).content));
    // One more than acknowledged is fine: it committed, then the kill came before its ACK.
    if (counter < expected.lastEdit || counter > expected.lastEdit + 1) {
      problems.push(`the section holds autosave ${counter}; the last acknowledged was ${expected.lastEdit}`);
    }
    const labels = new Set(project.snapshots.list(summary.id).map((s) => s.label));
    for (const label of expected.snapshots) if (!labels.has(label)) problems.push(`acknowledged version ${label} is missing`);
    // What a check has seen in the file must stay there too, acknowledged or not: a later run builds on it.
    expected.lastEdit = Math.max(expected.lastEdit, counter);
    for (const label of labels) expected.snapshots.add(label);

    const parts = new Map<number, number>();
    for (const s of project.sections.list()) {
      const batch = /^Batch (\d+) part/.exec(s.title)?.[1];
      if (batch) parts.set(Number(batch), (parts.get(Number(batch)) ?? 0) + 1);
    }
    for (const [batch, count] of parts) if (count !== BATCH_PARTS) problems.push(`batch ${batch} is partly imported (${count} of ${BATCH_PARTS})`);
    for (const batch of expected.batches) if (!parts.has(batch)) problems.push(`acknowledged batch ${batch} is missing`);
    for (const batch of parts.keys()) expected.batches.add(batch);
    const images = project.assets.list().filter((a) => a.altText.startsWith('batch '));
    for (const image of images) if (!parts.has(Number(image.altText.slice(6)))) problems.push(`image of batch ${image.altText} left without its sections`);
    for (const batch of parts.keys()) if (!images.some((a) => a.altText === `batch ${batch}`)) problems.push(`batch ${batch} lost its image`);
  } finally {
    project.close();
  }
  if (expected.lastBackup && !isGoodBackup(expected.lastBackup)) problems.push(`acknowledged backup ${expected.lastBackup} is missing or damaged`);
  return problems;
}

describe('crash safety', () => {
  it(
    `every acknowledged write survives SIGKILL (${KILLS} kills, seed ${SEED})`,
    async () => {
      const started = Date.now();
      let kills = 0;
      let writes = 0;
      const lane = async (index: number) => {
        const random = prng(SEED + index);
        let expected = newProject(index, 0);
        for (let n = 0; kills < KILLS && Date.now() - started < BUDGET_MS; n++) {
          if (n > 0 && n % KILLS_PER_FILE === 0) expected = newProject(index, n);
          kills++;
          const run = await runAndKill(expected, random);
          if (run.signal !== 'SIGKILL') throw new Error(`the writer stopped by itself (exit ${run.code}): ${run.stderr.slice(0, 2000)}`);
          record(expected, run.acks);
          writes += run.acks.length;
          const problems = problemsIn(expected);
          expect(problems, `after kill ${n + 1} of lane ${index} (seed ${SEED}): ${expected.path}`).toEqual([]);
          figures.add({ kills: 1 });
        }
      };
      await Promise.all(Array.from({ length: LANES }, (_, i) => lane(i)));
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      const note = kills < KILLS ? ` (stopped at the ${BUDGET_MS / 1000} s budget of a slow machine; set CASEBOOK_CRASH_BUDGET_S for all ${KILLS})` : '';
      console.log(`crash safety: ${kills} kills survived, ${writes} acknowledged writes checked, ${seconds} s, seed ${SEED}${note}`);
      expect(kills).toBeGreaterThan(0);
    },
    30 * 60_000,
  );
});
