import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeOf, resolveAppFile } from './appFiles';

const root = join('/opt', 'Casebook', 'out', 'renderer');

describe('app:// files', () => {
  it('serves index.html for the root and files inside the renderer folder', () => {
    expect(resolveAppFile('app://casebook/', root)).toBe(join(root, 'index.html'));
    expect(resolveAppFile('app://casebook/index.html?x=1#y', root)).toBe(join(root, 'index.html'));
    expect(resolveAppFile('app://casebook/assets/index-abc.js', root)).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppFile('app://casebook/assets/my%20font.woff2', root)).toBe(join(root, 'assets', 'my font.woff2'));
  });

  it('never serves anything outside it', () => {
    for (const url of [
      'app://casebook/../../main/main.cjs',
      'app://casebook/%2e%2e/%2e%2e/package.json',
      'app://casebook/assets/..%2f..%2f..%2fetc%2fpasswd',
      'app://casebook/assets/..%5c..%5c..%5cwindows%5cwin.ini',
      'app://casebook/C:%5cWindows%5cwin.ini',
    ]) {
      const file = resolveAppFile(url, root);
      expect(file === null || file.startsWith(root + sep), `${url} -> ${file}`).toBe(true);
    }
  });

  it('refuses other hosts and schemes, NUL bytes and broken escapes', () => {
    for (const url of ['app://other/index.html', 'file:///etc/passwd', 'app://casebook/assets/%00.js', 'app://casebook/%E0%A4%A', 'nonsense']) {
      expect(resolveAppFile(url, root), url).toBeNull();
    }
  });

  it('names the content type so scripts and styles load under nosniff', () => {
    expect(contentTypeOf('a/index.js')).toMatch(/^text\/javascript/);
    expect(contentTypeOf('a/index.CSS')).toMatch(/^text\/css/);
    expect(contentTypeOf('a/index.html')).toMatch(/^text\/html/);
    expect(contentTypeOf('a/blob.bin')).toBe('application/octet-stream');
  });
});
