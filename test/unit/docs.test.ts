import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { CATALOG } from '../../server/src/service';
import { REPO } from '../support/temp-model';

test('docs/RULES.md lists every diagnostic code with its severity and both names', () => {
  const doc = readFileSync(path.join(REPO, 'docs/RULES.md'), 'utf8');
  const rows = new Map(
    doc
      .split('\n')
      .filter((l) => /^\| PPB\d{3} /.test(l))
      .map((l) => [l.split('|')[1]?.trim(), l.split('|').map((c) => c.trim())]),
  );
  assert.deepEqual([...rows.keys()].sort(), Object.keys(CATALOG).sort());
  for (const [code, entry] of Object.entries(CATALOG)) {
    const cells = rows.get(code) ?? [];
    assert.equal(cells[2], entry.severity, code);
    assert.equal(cells[3], entry.name.id, code);
    assert.equal(cells[4], entry.name.en, code);
    assert.ok((cells[5] ?? '').length > 20, `${code} says when it is reported`);
  }
});

test('the extension does not hand its schema to Red Hat YAML (no schema error shown twice)', () => {
  const manifest = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { contributes?: Record<string, unknown> };
  assert.equal(manifest.contributes?.yamlValidation, undefined);
  assert.equal(manifest.contributes?.jsonValidation, undefined);
});

/** Every `.ts` file under `dir` (relative to the repository), recursively. */
function sources(dir: string): string[] {
  const root = path.join(REPO, dir);
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => readFileSync(path.join(root, name), 'utf8'));
}

/** The custom method names (`'ppb/diagrams'`, …) written in the server's and the client's sources. */
function customMethods(): Set<string> {
  const found = new Set<string>();
  for (const text of [...sources('server/src'), ...sources('client/src')]) {
    for (const m of text.matchAll(/'(ppb\/[A-Za-z]+)'/g)) found.add(m[1] ?? '');
  }
  return found;
}

test('docs/EDITORS.md documents every custom ppb/ method the code has, and no other', () => {
  const doc = readFileSync(path.join(REPO, 'docs/EDITORS.md'), 'utf8');
  const methods = customMethods();
  assert.ok(methods.has('ppb/diagrams'), 'the scan finds the methods of server/src/protocol/requests.ts');
  for (const method of methods) {
    const heading = new RegExp(`^#+ .*\`${method}\``, 'm').test(doc);
    assert.ok(heading || doc.includes(`\`${method}\``), `${method} is a heading or in backticks in docs/EDITORS.md`);
  }
  // Any ppb/name not inside a path (`/path/to/ppb/bin` is not a method).
  const named = new Set([...doc.matchAll(/(?<![\w./-])ppb\/[A-Za-z]+/g)].map((m) => m[0]));
  assert.deepEqual(
    [...named].filter((m) => !methods.has(m)),
    [],
    'methods named in docs/EDITORS.md that the code does not have',
  );
});

/** The options of every `parseArgs({ … options: { … } })` in server/src/cli: long names and short letters. */
function cliOptions(): { long: string; short?: string }[] {
  const options: { long: string; short?: string }[] = [];
  for (const text of sources('server/src/cli')) {
    for (const call of text.matchAll(/parseArgs\(/g)) {
      const at = text.indexOf('options:', call.index);
      const open = text.indexOf('{', at);
      assert.ok(at >= 0 && open >= 0, 'parseArgs is called with an options table');
      let depth = 0;
      let close = open;
      for (; close < text.length; close++) {
        if (text[close] === '{') depth++;
        else if (text[close] === '}' && --depth === 0) break;
      }
      const table = text.slice(open + 1, close);
      for (const m of table.matchAll(/(?:^|[,{\s])'?([A-Za-z][\w-]*)'?\s*:\s*\{([^{}]*)\}/g)) {
        const short = /short:\s*'([^']+)'/.exec(m[2] ?? '')?.[1];
        options.push({ long: m[1] ?? '', ...(short !== undefined ? { short } : {}) });
      }
    }
  }
  return options;
}

test('docs/CLI.md documents every option the ppb command line accepts, and only those', () => {
  const doc = readFileSync(path.join(REPO, 'docs/CLI.md'), 'utf8');
  const options = cliOptions();
  assert.ok(
    options.length >= 8 && options.some((o) => o.long === 'format'),
    `the option table of server/src/cli/main.ts is found: ${JSON.stringify(options)}`,
  );
  for (const { long, short } of options) {
    assert.ok(doc.includes(`\`--${long}\``), `--${long} is in docs/CLI.md`);
    if (short !== undefined) assert.ok(doc.includes(`\`-${short}\``), `-${short} (--${long}) is in docs/CLI.md`);
  }
  // The rows of its option table name options that exist.
  const rows = [...doc.matchAll(/^\| `--([\w-]+)` \|/gm)].map((m) => m[1] ?? '');
  assert.ok(rows.length >= options.length, 'docs/CLI.md has a row per option');
  assert.deepEqual(
    rows.filter((r) => !options.some((o) => o.long === r)),
    [],
    'rows of docs/CLI.md for options the parser does not have',
  );
});

interface Section {
  readonly heading: string;
  /** Command lines of its code blocks, without their comments (which are in its language). */
  readonly commands: string[];
  /** The targets of its links and pictures. */
  readonly links: string[];
  readonly lines: number;
}

/** A README cut at its `## ` headings; the part before the first is the introduction. */
function readmeSections(file: string): Section[] {
  const sections: Section[] = [];
  let current = { heading: '(introduction)', body: [] as string[] };
  const close = (): void => {
    const text = current.body.join('\n');
    const blocks = [...text.matchAll(/```\w*\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    const commands = blocks
      .flatMap((b) => b.split('\n'))
      .map((l) => l.replace(/\s+#.*$/, '').trim())
      .filter((l) => l !== '');
    const links = [...text.matchAll(/\]\(([^)]+)\)|src="([^"]+)"/g)]
      .map((m) => m[1] ?? m[2] ?? '')
      .filter((l) => !/^README(\.id)?\.md$/.test(l));
    sections.push({ heading: current.heading, commands, links, lines: current.body.length });
  };
  for (const line of readFileSync(path.join(REPO, file), 'utf8').split('\n')) {
    if (line.startsWith('## ')) {
      close();
      current = { heading: line.slice(3), body: [] };
    } else current.body.push(line);
  }
  close();
  return sections;
}

test('README.md is short, and names the two set-up commands and a picture in its first 40 lines', () => {
  const text = readFileSync(path.join(REPO, 'README.md'), 'utf8');
  const lines = text.split('\n');
  assert.ok(lines.length <= 160, `${lines.length} lines`);
  const top = lines.slice(0, 40).join('\n');
  assert.match(top, /npm ci && npm start/);
  assert.match(top, /npm ci && npm test/);
  assert.match(top, /<img src="docs\/images\/[^"]+\.png"/);
  assert.match(top, /README\.id\.md/);
});

test("README.id.md is README.md's twin: the same sections in the same order, the same commands and links", () => {
  const en = readmeSections('README.md');
  const id = readmeSections('README.id.md');
  assert.equal(id.length, en.length, `sections: ${id.map((s) => s.heading).join(' | ')} vs ${en.map((s) => s.heading).join(' | ')}`);
  en.forEach((section, i) => {
    const twin = id[i];
    assert.ok(twin);
    const name = `"${section.heading}" / "${twin.heading}"`;
    assert.deepEqual(twin.commands, section.commands, `commands of ${name}`);
    assert.deepEqual(twin.links, section.links, `links of ${name}`);
    // A section left untranslated or half written shows in its length.
    assert.ok(
      twin.lines >= section.lines * 0.7 && twin.lines <= section.lines * 1.5,
      `${name}: ${twin.lines} lines against ${section.lines}`,
    );
  });
});

test('every document the README links to exists', () => {
  for (const file of ['README.md', 'README.id.md']) {
    for (const section of readmeSections(file)) {
      for (const link of section.links.filter((l) => !/^https?:/.test(l))) {
        assert.ok(existsSync(path.join(REPO, link.replace(/#.*$/, ''))), `${file} links to ${link}`);
      }
    }
  }
});
