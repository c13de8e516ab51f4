import { describe, expect, it } from 'vitest';
import { MAX_RECENT, addRecent, parseRecentList, serialiseRecentList } from './recentList';

const abs = (name: string): string => `/home/writer/reports/${name}.casebook`;

describe('recent projects list', () => {
  it('puts a newly opened project first and moves a known one to the top', () => {
    let list = addRecent([], abs('a'));
    list = addRecent(list, abs('b'));
    list = addRecent(list, abs('a'));
    expect(list).toEqual([abs('a'), abs('b')]);
  });

  it(`keeps at most ${MAX_RECENT} projects, dropping the oldest`, () => {
    let list: string[] = [];
    for (let i = 0; i < MAX_RECENT + 3; i++) list = addRecent(list, abs(`r${i}`));
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]).toBe(abs(`r${MAX_RECENT + 2}`));
    expect(list).not.toContain(abs('r0'));
  });

  it('reads back what it stores', () => {
    const list = [abs('a'), abs('b')];
    expect(parseRecentList(JSON.parse(JSON.stringify(serialiseRecentList(list))))).toEqual(list);
  });

  it('survives a damaged or hand-edited file', () => {
    expect(parseRecentList(undefined)).toEqual([]);
    expect(parseRecentList('not a list')).toEqual([]);
    expect(parseRecentList({ projects: 'nope' })).toEqual([]);
    expect(parseRecentList({ projects: [abs('a'), 42, null, '', 'relative/path.casebook', abs('a'), abs('b')] })).toEqual([
      abs('a'),
      abs('b'),
    ]);
    expect(parseRecentList([abs('old-format')])).toEqual([abs('old-format')]);
  });
});
