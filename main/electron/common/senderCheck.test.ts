import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, isAppUrl } from './appOrigin';
import { isTrustedSender } from './senderCheck';

describe('IPC sender check', () => {
  const ours = { frameUrl: APP_ENTRY_URL, isMainFrame: true, isKnownWindow: true };

  it('accepts the main frame of our window showing our page', () => {
    expect(isTrustedSender(ours)).toBe(true);
    expect(isTrustedSender({ ...ours, frameUrl: 'app://casebook/index.html#/section/1' })).toBe(true);
  });

  it('refuses a sub-frame, an unknown window, a vanished frame or another origin', () => {
    expect(isTrustedSender({ ...ours, isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ ...ours, isKnownWindow: false })).toBe(false);
    expect(isTrustedSender({ ...ours, frameUrl: undefined })).toBe(false);
    for (const url of ['https://casebook/index.html', 'file:///work/out/renderer/index.html', 'app://evil/index.html', 'about:blank']) {
      expect(isTrustedSender({ ...ours, frameUrl: url })).toBe(false);
    }
  });

  it('recognises only our own origin as the app', () => {
    expect(isAppUrl('app://casebook/assets/index.js')).toBe(true);
    expect(isAppUrl('app://casebook.evil.example/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(isAppUrl(null)).toBe(false);
  });
});
