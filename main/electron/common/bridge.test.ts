import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../../shared/api/client';
import { createClient } from '../../../shared/api/client';
import { methods } from '../../../shared/api/contract';
import { buildBridge } from './bridge';

describe('the preload bridge (window.casebook)', () => {
  it('exposes exactly one function per contract call, plus onEvent', () => {
    const bridge = buildBridge(
      async () => ({ ok: true, value: null }),
      () => () => undefined,
    );
    expect(Object.keys(bridge).sort()).toEqual([...methods, 'onEvent'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('forwards each call by name with its arguments, and the typed client reads the envelope', async () => {
    const sent: [string, unknown][] = [];
    const bridge = buildBridge(
      async (method, args) => {
        sent.push([method, args]);
        return method === 'getMeta' ? { ok: false, error: { code: 'no-project', message: 'No project is open.' } } : { ok: true, value: 3 };
      },
      () => () => undefined,
    );
    const client = createClient(bridge);
    await expect(client.listSections({})).resolves.toBe(3);
    await expect(client.getMeta({})).rejects.toThrow('No project is open.');
    expect(sent).toEqual([
      ['listSections', {}],
      ['getMeta', {}],
    ]);
  });

  it('passes main-process events to the listener and unsubscribes', () => {
    let deliver: ((event: AppEvent) => void) | undefined;
    let unsubscribed = false;
    const bridge = buildBridge(
      async () => ({ ok: true, value: null }),
      (listener) => {
        deliver = listener;
        return () => {
          unsubscribed = true;
        };
      },
    );
    const received: AppEvent[] = [];
    const stop = bridge.onEvent((event) => received.push(event));
    deliver?.({ type: 'project-opened' });
    stop();
    expect(received).toEqual([{ type: 'project-opened' }]);
    expect(unsubscribed).toBe(true);
    expect(() => bridge.onEvent('nope' as never)).toThrow(TypeError);
  });
});
