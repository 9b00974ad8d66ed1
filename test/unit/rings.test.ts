// The lines between the runtimes (docs/ARCHITECTURE.md) hold: an import across one fails the
// type check or the lint, naming the file. Each case writes a probe file with the forbidden
// import into the runtime's folder, runs the real checkers on it, and removes it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { ESLint } from 'eslint';
import { REPO } from '../support/temp-model';

interface Case {
  readonly name: string;
  /** The probe's folder, the runtime's own. */
  readonly folder: string;
  readonly importLine: string;
  /**
   * The TypeScript project to compile it in, for a line the compiler itself draws (no Node types
   * in the service or the webview; the extension host's project references only the protocol).
   */
  readonly project?: string;
}

const CASES: Case[] = [
  { name: 'node:fs in the service', folder: 'server/src/service', importLine: "import 'node:fs';", project: 'server/src/service' },
  { name: 'vscode-jsonrpc/node in the service', folder: 'server/src/service', importLine: "import 'vscode-jsonrpc/node';" },
  {
    name: 'vscode-languageserver-protocol in the service',
    folder: 'server/src/service',
    importLine: "import 'vscode-languageserver-protocol';",
  },
  { name: 'the service in the protocol', folder: 'server/src/protocol', importLine: "import '../service';" },
  {
    name: 'the service in the extension host',
    folder: 'client/src',
    importLine: "import '../../server/src/service';",
    project: 'client/src',
  },
  { name: 'the language server in the extension host', folder: 'client/src', importLine: "import '../../server/src/lsp/server';" },
  { name: 'node:fs in the webview', folder: 'media/src', importLine: "import 'node:fs';", project: 'media' },
  { name: 'a service internal in the language server', folder: 'server/src/lsp', importLine: "import '../service/features/hover';" },
  { name: 'a service internal in the webview', folder: 'media/src', importLine: "import '../../server/src/service/diagram/to-mermaid';" },
];

const PROBE = '__ring-probe__.ts';

describe('an import across the lines between runtimes fails the checks, naming the file', { concurrency: false }, () => {
  const eslint = new ESLint({ cwd: REPO });
  for (const c of CASES) {
    test(c.name, async () => {
      const file = path.join(REPO, c.folder, PROBE);
      writeFileSync(file, `${c.importLine}\nexport {};\n`);
      try {
        const [result] = await eslint.lintFiles([file]);
        const refused = (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports');
        assert.equal(result?.filePath, file);
        assert.ok(refused.length >= 1, `the lint refuses ${c.importLine} in ${c.folder}: ${JSON.stringify(result?.messages)}`);
        if (c.project) {
          const tsc = spawnSync(
            process.execPath,
            [path.join(REPO, 'node_modules/typescript/bin/tsc'), '-p', path.join(REPO, c.project), '--noEmit'],
            { cwd: REPO, encoding: 'utf8', timeout: 120_000 },
          );
          assert.notEqual(tsc.status, 0, `the type check refuses ${c.importLine} in ${c.folder}`);
          assert.match(tsc.stdout, new RegExp(`${c.folder.replace(/[/.]/g, '\\$&')}/${PROBE.replace(/\./g, '\\.')}\\(1,`), tsc.stdout);
        }
      } finally {
        rmSync(file, { force: true });
      }
    });
  }
});
