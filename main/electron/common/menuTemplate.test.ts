import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../shared/api/client';
import { menuTemplate, type MenuActions, type MenuContext, type MenuEntry } from './menuTemplate';

function recorder() {
  const calls: string[] = [];
  const actions: MenuActions = {
    newProject: () => calls.push('new'),
    openProject: () => calls.push('open'),
    openRecent: (path) => calls.push(`recent:${path}`),
    clearRecent: () => calls.push('clear'),
    saveAs: () => calls.push('save-as'),
    close: () => calls.push('close'),
    command: (command: MenuCommand) => calls.push(`command:${command}`),
  };
  return { calls, actions };
}

const context = (overrides: Partial<MenuContext> = {}): MenuContext => ({
  platform: 'linux',
  recent: ['/r/Staff support.casebook', '/r/Falls.casebook'],
  hasProject: true,
  isDevelopment: false,
  ...overrides,
});

const flatten = (entries: MenuEntry[]): MenuEntry[] => entries.flatMap((entry) => [entry, ...flatten(entry.submenu ?? [])]);
const byLabel = (entries: MenuEntry[], label: string) => flatten(entries).find((entry) => entry.label === label);
const roles = (entries: MenuEntry[]) => flatten(entries).map((entry) => entry.role).filter(Boolean);

describe('application menu', () => {
  it('has the File items with the platform’s standard shortcuts', () => {
    const { calls, actions } = recorder();
    const menu = menuTemplate(actions, context());
    expect(byLabel(menu, 'New Project…')?.accelerator).toBe('CmdOrCtrl+N');
    expect(byLabel(menu, 'Open…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(byLabel(menu, 'Save As…')?.accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(byLabel(menu, 'Close')?.accelerator).toBe('CmdOrCtrl+W');
    for (const label of ['New Project…', 'Open…', 'Save As…', 'Close']) byLabel(menu, label)?.click?.();
    expect(calls).toEqual(['new', 'open', 'save-as', 'close']);
  });

  it('hands the renderer its commands: versions, review copies, import, find', () => {
    const { calls, actions } = recorder();
    const menu = menuTemplate(actions, context());
    for (const label of ['Save Version…', 'Save Review Copy…', 'Merge Review…', 'Import…', 'Find…']) byLabel(menu, label)?.click?.();
    expect(calls).toEqual([
      'command:save-version',
      'command:save-review-copy',
      'command:merge-review',
      'command:import',
      'command:find',
    ]);
  });

  it('opens publishing from the menu: File ▸ Export…, View ▸ Preview, Report ▸ Brand…', () => {
    const { calls, actions } = recorder();
    const menu = menuTemplate(actions, context());
    expect(byLabel(menu, 'Export…')?.accelerator).toBe('CmdOrCtrl+Shift+E');
    expect(byLabel(menu, 'Preview')?.accelerator).toBe('CmdOrCtrl+Shift+P');
    expect(byLabel(menu, 'Brand…')?.accelerator).toBe('CmdOrCtrl+Alt+B');
    expect(menu.find((m) => m.label === '&File')?.submenu?.some((entry) => entry.label === 'Export…')).toBe(true);
    expect(menu.find((m) => m.label === '&View')?.submenu?.some((entry) => entry.label === 'Preview')).toBe(true);
    expect(menu.find((m) => m.label === '&Report')?.submenu?.some((entry) => entry.label === 'Brand…')).toBe(true);
    for (const label of ['Export…', 'Preview', 'Brand…']) byLabel(menu, label)?.click?.();
    expect(calls).toEqual(['command:export', 'command:preview', 'command:brand']);
    const closed = menuTemplate(actions, context({ hasProject: false }));
    for (const label of ['Export…', 'Preview', 'Brand…']) expect(byLabel(closed, label)?.enabled, label).toBe(false);
  });

  it('uses roles for undo, redo, editing and quitting', () => {
    const menu = menuTemplate(recorder().actions, context());
    expect(roles(menu)).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']));
    expect(flatten(menu).find((entry) => entry.role === 'quit')?.accelerator).toBe('Ctrl+Q');
  });

  it('gives each shortcut to one item only', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const accelerators = flatten(menuTemplate(recorder().actions, context({ platform, isDevelopment: true })))
        .map((entry) => entry.accelerator)
        .filter(Boolean);
      expect(new Set(accelerators).size, platform).toBe(accelerators.length);
      expect(roles(menuTemplate(recorder().actions, context({ platform })))).not.toContain('close');
    }
  });

  it('puts Quit in the application menu on macOS, with its own shortcut', () => {
    const menu = menuTemplate(recorder().actions, context({ platform: 'darwin' }));
    expect(menu[0]?.label).toBe('Casebook');
    expect(menu[0]?.submenu?.some((entry) => entry.role === 'quit' && !entry.accelerator)).toBe(true);
    expect(flatten(menu.slice(1)).some((entry) => entry.role === 'quit')).toBe(false);
  });

  it('lists recent projects by name and opens the one chosen', () => {
    const { calls, actions } = recorder();
    const recent = byLabel(menuTemplate(actions, context()), 'Open Recent');
    expect(recent?.submenu?.map((entry) => entry.label)).toEqual(['Staff support', 'Falls', undefined, 'Clear Recent']);
    recent?.submenu?.[1]?.click?.();
    recent?.submenu?.[3]?.click?.();
    expect(calls).toEqual(['recent:/r/Falls.casebook', 'clear']);
    const empty = byLabel(menuTemplate(actions, context({ recent: [] })), 'Open Recent');
    expect(empty?.submenu).toEqual([{ label: 'No Recent Projects', enabled: false }]);
  });

  it('disables project commands when no project is open, and hides developer tools when packaged', () => {
    const menu = menuTemplate(recorder().actions, context({ hasProject: false }));
    for (const label of ['Save As…', 'Save Version…', 'Save Review Copy…', 'Merge Review…', 'Import…', 'Find…']) {
      expect(byLabel(menu, label)?.enabled, label).toBe(false);
    }
    expect(roles(menu)).not.toContain('toggleDevTools');
    expect(roles(menuTemplate(recorder().actions, context({ isDevelopment: true })))).toContain('toggleDevTools');
  });
});
