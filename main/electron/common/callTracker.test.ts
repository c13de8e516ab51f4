import { describe, expect, it } from 'vitest';
import { CallTracker } from './callTracker';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('waiting for a window’s calls to land', () => {
  it('waits for calls in flight, then for a quiet spell', async () => {
    const tracker = new CallTracker();
    let finished = false;
    void tracker.track(async () => {
      await sleep(120);
      finished = true;
    });
    const started = Date.now();
    await tracker.settled(40, 2000);
    expect(finished).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });

  it('gives the renderer the quiet spell to answer even when idle', async () => {
    const tracker = new CallTracker();
    const started = Date.now();
    await tracker.settled(60, 2000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(55);
  });

  it('waits for calls that start during the quiet spell', async () => {
    const tracker = new CallTracker();
    let landed = false;
    setTimeout(() => void tracker.track(async () => sleep(100).then(() => (landed = true))), 20);
    await tracker.settled(60, 2000);
    expect(landed).toBe(true);
  });

  it('gives up after the limit when a call hangs', async () => {
    const tracker = new CallTracker();
    void tracker.track(() => new Promise(() => undefined));
    const started = Date.now();
    await tracker.settled(10, 150);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('passes results and errors through', async () => {
    const tracker = new CallTracker();
    await expect(tracker.track(async () => 7)).resolves.toBe(7);
    await expect(tracker.track(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });
});
