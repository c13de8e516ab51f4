import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { findChecksumDamage } from './checksums/findChecksumDamage';
import { Project } from './project';
import { sha256, useTempProjects } from './tempProjects';

const temp = useTempProjects();

const entry = (key: string, text: string) => ({ key, style: 'vancouver', kind: 'entry' as const, text });

describe('FormattedCitationRepo', () => {
  it('hands back the texts it holds by key, keeps the first text of a key, and deletes by key', () => {
    let project = temp.create();
    const repo = () => project.formattedCitations;
    repo().add([entry('a', 'Wu AW. Medical error.'), entry('b', 'Reason J. Human error.')]);
    repo().add([entry('a', 'another text')]);
    project = temp.reopen(project);
    expect(repo().find(['a', 'b', 'c'])).toEqual(
      new Map([
        ['a', 'Wu AW. Medical error.'],
        ['b', 'Reason J. Human error.'],
      ]),
    );
    repo().delete(['a']);
    expect(repo().keys()).toEqual([{ key: 'b', style: 'vancouver', kind: 'entry' }]);
    expect(findChecksumDamage(project.db)).toBeNull();
  });

  it('tells a change of style or references from any other write by what citations are made from', () => {
    const project = temp.create();
    const before = project.formattedCitations.sources();
    project.sections.create({ parentId: null, title: 'Method' });
    project.meta.update({ title: 'Renamed' });
    expect(project.formattedCitations.sources()).toBe(before);
    const ref = project.references.create({ type: 'book', title: 'Human error' });
    const added = project.formattedCitations.sources();
    expect(added).not.toBe(before);
    project.references.update(ref.id, { type: 'book', title: 'Human error, 2nd edition' });
    expect(project.formattedCitations.sources()).not.toBe(added);
    const edited = project.formattedCitations.sources();
    project.meta.update({ citationStyle: 'harvard' });
    expect(project.formattedCitations.sources()).not.toBe(edited);
  });

  it('are checksummed like every record: a text changed outside Casebook is refused', () => {
    const project = temp.create();
    project.formattedCitations.add([entry('a', 'Wu AW. Medical error.')]);
    project.close();
    const db = new Database(project.path);
    db.exec("UPDATE formatted_citations SET text = 'Wu AW. Forged.'");
    db.close();
    const before = sha256(project.path);
    expect(() => Project.open(project.path)).toThrow('the file is damaged (a formatted citation kept to speed up exports does not match its checksum).');
    expect(sha256(project.path)).toBe(before);
  });
});
