import { describe, expect, it } from 'vitest';
import { FontCache } from '../fonts/fontCache';
import type { TextStyle } from '../layout/types';
import { textAtoms } from './atoms';
import { breakLines } from './lineBreak';

const fonts = new FontCache();
const style: TextStyle = { face: fonts.face('Source Sans 3', 'regular'), size: 10, colour: [0, 0, 0] };
const lineText = (line: { pieces: { text: string }[] }) => line.pieces.map((p) => p.text).join('');

describe('breakLines', () => {
  it('fills lines greedily and never exceeds the width', () => {
    const text = 'Staff described how support after an incident depended on the manager they happened to have on shift that week. '.repeat(6);
    const lines = breakLines(textAtoms(text, style, null), 200);
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(200.01);
    expect(lines.map(lineText).join(' ').replace(/-(?=\S)/g, '')).toContain('support after an incident');
    expect(lines.filter((l) => l.last)).toHaveLength(1);
  });

  it('hyphenates with the en-GB patterns rather than leaving a very loose line', () => {
    const lines = breakLines(textAtoms('Investigators characteristically interdisciplinary', style, null), 110);
    expect(lines.some((l) => lineText(l).endsWith('-'))).toBe(true);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(110.01);
  });

  it('breaks a long URL after a slash or before punctuation, never past the margin', () => {
    const url = 'https://www.england.nhs.uk/patient-safety/incident-response-framework/supporting-guidance/engaging-and-involving-patients/';
    const lines = breakLines(textAtoms(`See ${url} for more.`, style, null, { target: { uri: url }, node: null as never, label: '' }), 150);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(150.01);
    // Nothing added or lost: breaks inside the URL add no hyphen; breaks at spaces drop the space.
    expect(lines.map(lineText).join('').replace(/ /g, '')).toBe(`See ${url} for more.`.replace(/ /g, ''));
    for (const line of lines.slice(0, -1)) expect(lineText(line)).not.toMatch(/-$/);
  });

  it('splits a word longer than the line between characters as a last resort', () => {
    const lines = breakLines(textAtoms('Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa9999999999', style, null), 60);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(60.01);
  });

  it('starts a new line at a hard break and keeps accented and typographic characters', () => {
    const atoms = [...textAtoms('Café façade – ½ −2 37.5°C', style, null), { kind: 'break' as const }, ...textAtoms('‘Łódź’ “Ørsted” — end', style, null)];
    const lines = breakLines(atoms, 400);
    expect(lines.map(lineText)).toEqual(['Café façade – ½ −2 37.5°C', '‘Łódź’ “Ørsted” — end']);
    for (const ch of 'éç–½−°‘Łóź’“Ø”—') expect(style.face.has(ch.codePointAt(0)!), ch).toBe(true);
  });
});
