import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

// Lints snippets as if they sat in each folder, proving eslint.config.js enforces the layers.
const root = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function layerViolations(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return result!.messages
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message);
}

const importing = (specifier: string) => `import * as x from '${specifier}';\nexport const y = x;\n`;

const cases: { file: string; refused: string[]; allowed: string[] }[] = [
  {
    file: 'shared/api/probe.ts',
    refused: ['node:fs', 'fs', 'path', 'os', 'child_process', 'crypto', 'better-sqlite3', 'electron', 'react', 'react-dom', '@tiptap/react', '../../main/core/store/project', '../../renderer/src/App'],
    allowed: ['zod', '@tiptap/core', '../model', './call'],
  },
  {
    file: 'main/core/store/probe.ts',
    refused: ['electron', '../../electron/main', '../../../renderer/src/App'],
    allowed: ['node:fs', 'better-sqlite3', '../../../shared/model', './errors'],
  },
  {
    file: 'main/electron/probe.ts',
    refused: ['../../renderer/src/App'],
    allowed: ['electron', '../core/store/project', '../../shared/api'],
  },
  {
    file: 'renderer/src/probe.tsx',
    refused: ['../../main/core/store/project', 'node:path', 'path', 'fs', 'child_process', 'better-sqlite3', 'electron'],
    allowed: ['react', '@tiptap/react', '../../shared/api', './App'],
  },
];

describe('eslint.config.js keeps the layers apart', () => {
  for (const { file, refused, allowed } of cases) {
    for (const specifier of refused) {
      it(`refuses '${specifier}' in ${file}`, async () => {
        const violations = await layerViolations(file, importing(specifier));
        expect(violations, `expected '${specifier}' to be refused in ${file}`).toHaveLength(1);
      });
    }
    it(`allows ${allowed.join(', ')} in ${file}`, async () => {
      const code = allowed.map((s, i) => `import * as x${i} from '${s}';\nexport const y${i} = x${i};\n`).join('');
      expect(await layerViolations(file, code)).toEqual([]);
    });
  }

  it('names the reason in the message', async () => {
    const [violation] = await layerViolations('renderer/src/probe.tsx', importing('../../main/core/store/project'));
    expect(violation).toMatch(/window\.casebook/);
  });

  it('also catches re-exports and type-only imports', async () => {
    expect(await layerViolations('shared/model/probe.ts', "export { readFileSync } from 'node:fs';\n")).toHaveLength(1);
    expect(await layerViolations('main/core/api/probe.ts', "import type { App } from 'electron';\nexport type A = App;\n")).toHaveLength(1);
  });

  it('also catches dynamic import() and require()', async () => {
    expect(await layerViolations('main/core/api/probe.ts', "export const load = () => import('electron');\n")).toHaveLength(1);
    expect(await layerViolations('renderer/src/probe.tsx', "export const load = () => import('../../main/core/store/project');\n")).toHaveLength(1);
    expect(await layerViolations('shared/model/probe.ts', "export const fs = require('node:fs');\n")).toHaveLength(1);
    expect(await layerViolations('shared/model/probe.ts', "export const load = () => import('@tiptap/react/menus');\n")).toHaveLength(1);
    expect(await layerViolations('main/core/api/probe.ts', "export const load = () => import('./handlers');\n")).toEqual([]);
  });

  it('lets tests of shared/ read fixtures with Node', async () => {
    expect(await layerViolations('shared/doc/probe.test.ts', importing('node:fs'))).toEqual([]);
    expect(await layerViolations('shared/doc/probe.test.ts', importing('react'))).toHaveLength(1);
  });

  it('lets e2e/ bind the real core', async () => {
    expect(await layerViolations('e2e/probe.spec.ts', importing('../main/core/api/dispatcher'))).toEqual([]);
  });
});

describe('eslint.config.js in renderer/', () => {
  it('treats breaking the rules of hooks as an error', async () => {
    const code = "import { useState } from 'react';\nexport function C({ on }: { on: boolean }) {\n  if (on) useState(0);\n  return null;\n}\n";
    const [result] = await eslint.lintText(code, { filePath: join(root, 'renderer/src/probe.tsx') });
    expect(result!.messages).toEqual([expect.objectContaining({ ruleId: 'react-hooks/rules-of-hooks', severity: 2 })]);
  });
});
