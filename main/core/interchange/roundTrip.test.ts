import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSampleProject } from '../sample/createSampleProject';
import { useTempProjects } from '../store/tempProjects';
import { createThread, reply, setResolved } from '../review/commentActions';
import { exportJson, exportJsonFile } from './exportJson';
import { createFromJson } from './createFromJson';
import { readProjectJson } from './readProjectJson';

const temp = useTempProjects();

/** The sample report with one of everything the sample may lack: versions, a brand, comments of every kind. */
function richProject() {
  const project = createSampleProject(temp.path('sample.casebook'));
  const [first, second] = project.sections.list();
  project.snapshots.create({ sectionId: first!.id, label: 'First draft', author: 'Wren Writer' });
  project.sections.update({ id: second!.id, reviewStatus: 'changes-requested' });
  const thread = createThread(project, {
    sectionId: first!.id,
    anchor: { from: 1, to: 4 },
    quotedText: 'abc',
    body: 'A point',
    author: { name: 'Rae Reviewer', initials: 'RR' },
  });
  reply(project, thread.id, 'Answered', { name: 'Wren Writer', initials: 'WW' });
  setResolved(project, thread.id, true);
  createThread(project, { sectionId: second!.id, anchor: null, quotedText: 'gone', body: 'Detached', author: { name: 'Rae Reviewer', initials: 'RR' } });
  const logo = project.assets.list()[0]!;
  const brand = project.brands.save({
    id: crypto.randomUUID(),
    name: 'Trust blue',
    colours: { primary: '#005EB8', secondary: '#003087', text: '#212B32', accent: '#FFB81C' },
    fonts: { heading: 'Source Sans 3', body: 'Merriweather' },
    logoAssetId: logo.id,
    coverLayout: 'band',
    coverText: 'Cover',
    footerText: 'Footer',
    licenceLine: 'OGL',
    justify: true,
  });
  project.meta.update({ brandId: brand.id });
  return project;
}

describe('JSON interchange', () => {
  it('recreates the project exactly: export, import, export again gives the same document', () => {
    const original = richProject();
    const first = exportJson(original);
    expect(first.comments.length).toBeGreaterThanOrEqual(3);
    expect(first.snapshots.length).toBeGreaterThanOrEqual(1);
    expect(first.assets[0]!.base64.length).toBeGreaterThan(0);

    const path = temp.path('rebuilt.casebook');
    exportJsonFile(original, `${path}.json`);
    const rebuilt = createFromJson(path, readProjectJson(`${path}.json`));
    try {
      expect(exportJson(rebuilt)).toEqual(first);
      expect(rebuilt.meta.get().reportId).toBe(original.meta.get().reportId);
      expect(rebuilt.sections.list()).toEqual(original.sections.list());
      expect(rebuilt.assets.bytes(first.assets[0]!.id).equals(original.assets.bytes(first.assets[0]!.id))).toBe(true);
    } finally {
      rebuilt.close();
    }
  });

  it('refuses a file that is not a Casebook document, with a readable message', () => {
    const dir = temp.dir();
    const write = (name: string, text: string) => {
      writeFileSync(`${dir}/${name}`, text);
      return `${dir}/${name}`;
    };
    expect(() => readProjectJson(write('broken.json', '{ nope'))).toThrow(/is not valid JSON/);
    expect(() => readProjectJson(write('other.json', '{"hello": 1}'))).toThrow(/is not a Casebook JSON document \(its "format" should be "casebook-project"\)/);
    expect(() => readProjectJson(write('newer.json', '{"format": "casebook-project", "version": 9}'))).toThrow(/newer version of Casebook/);
    expect(() => readProjectJson(`${dir}/missing.json`)).toThrow(/cannot be read \(ENOENT\)/);
  });

  it('refuses a document whose links do not hold, creating nothing', () => {
    const doc = exportJson(richProject());
    doc.comments[0]!.sectionId = crypto.randomUUID();
    const path = `${temp.dir()}/bad.json`;
    writeFileSync(path, JSON.stringify(doc));
    expect(() => readProjectJson(path)).toThrow(/does not hold together: comment .* is on a missing section/);
  });

  it('names the field that is wrong', () => {
    const doc = exportJson(richProject()) as unknown as { sections: { title: unknown }[] };
    doc.sections[0]!.title = 42;
    const path = `${temp.dir()}/bad.json`;
    writeFileSync(path, JSON.stringify(doc));
    expect(() => readProjectJson(path)).toThrow(/sections\.0\.title/);
  });
});
