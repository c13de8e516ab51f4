import { describe, expect, it } from 'vitest';
import { locatorFields } from './locator';

describe('locatorFields', () => {
  it('reads pages with or without a label', () => {
    expect(locatorFields('12')).toEqual({ locator: '12', label: 'page' });
    expect(locatorFields('p. 12')).toEqual({ locator: '12', label: 'page' });
    expect(locatorFields('pp. 4-6')).toEqual({ locator: '4-6', label: 'page' });
    expect(locatorFields('pages 4–6')).toEqual({ locator: '4–6', label: 'page' });
    expect(locatorFields('xii')).toEqual({ locator: 'xii', label: 'page' });
  });

  it('reads other locators by their word', () => {
    expect(locatorFields('chapter 3')).toEqual({ locator: '3', label: 'chapter' });
    expect(locatorFields('ch. 3')).toEqual({ locator: '3', label: 'chapter' });
    expect(locatorFields('para. 4.2')).toEqual({ locator: '4.2', label: 'paragraph' });
    expect(locatorFields('section 5')).toEqual({ locator: '5', label: 'section' });
    expect(locatorFields('fig. 2')).toEqual({ locator: '2', label: 'figure' });
    expect(locatorFields('table 1')).toEqual({ locator: '1', label: 'table' });
  });

  it('keeps what it cannot read verbatim after the citation, and ignores blanks', () => {
    expect(locatorFields('Box 3')).toEqual({ suffix: ', Box 3' });
    expect(locatorFields('  ')).toEqual({});
    expect(locatorFields(undefined)).toEqual({});
  });
});
