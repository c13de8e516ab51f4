import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveDialogOptions, withExtension } from './saveDialogOptions';

describe('save dialog options', () => {
  it('suggests the name in the folder, filtered to the requested extension', () => {
    const options = saveDialogOptions({ title: 'Export PDF', defaultName: 'Staff support.pdf', extensions: ['pdf'] }, '/home/ann/Documents');
    expect(options).toEqual({
      title: 'Export PDF',
      defaultPath: join('/home/ann/Documents', 'Staff support.pdf'),
      filters: [
        { name: 'PDF documents', extensions: ['pdf'] },
        { name: 'All files', extensions: ['*'] },
      ],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  });

  it('accepts extensions written with a dot and names unknown ones', () => {
    expect(saveDialogOptions({ title: 'Save', defaultName: 'a.cbbrand', extensions: ['.CBBRAND'] }, '/d').filters[0]).toEqual({
      name: 'CBBRAND files',
      extensions: ['cbbrand'],
    });
    expect(saveDialogOptions({ title: 'Save', defaultName: 'a', extensions: ['docx', 'json'] }, '/d').filters[0]?.name).toBe('Documents');
    expect(saveDialogOptions({ title: 'Save', defaultName: 'a', extensions: [] }, '/d').filters).toEqual([]);
  });
});

describe('withExtension', () => {
  it('adds the extension only when it is missing', () => {
    expect(withExtension('/d/report', ['pdf'])).toBe('/d/report.pdf');
    expect(withExtension('/d/report.PDF', ['pdf'])).toBe('/d/report.PDF');
    expect(withExtension('/d/report.docx', ['.docx'])).toBe('/d/report.docx');
    expect(withExtension('/d/report', [])).toBe('/d/report');
  });
});
