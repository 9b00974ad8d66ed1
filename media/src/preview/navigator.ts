import type { Location } from 'vscode-languageserver-protocol';
import type { DiagramSummary } from '../../../server/src/protocol/diagram';
import type { PreviewStrings } from '../../../server/src/protocol/webview';
import { format, h } from './dom';

type Summary = DiagramSummary<Location>;

/** The level a Level map shows: KECKLB.06 details Level 1, KECKLB.06.03 Level 2. */
function levelOf(code: string): number {
  return Math.max(1, code.split(/[.\-_]/).filter((s) => s !== '').length - 1);
}

interface Group {
  readonly label: string;
  readonly items: Summary[];
}

/** Level 0, Relasi, Level 1 … n, then the cross-functional maps; each in the model's order. */
export function groupDiagrams(diagrams: readonly Summary[], s: PreviewStrings): Group[] {
  const level0: Summary[] = [];
  const relasi: Summary[] = [];
  const levels = new Map<number, Summary[]>();
  const cfm: Summary[] = [];
  for (const d of diagrams) {
    switch (d.kind) {
      case 'level0':
        level0.push(d);
        break;
      case 'relasi':
        relasi.push(d);
        break;
      case 'level1': {
        const n = levelOf(d.code ?? d.id);
        levels.set(n, [...(levels.get(n) ?? []), d]);
        break;
      }
      case 'cfm':
        cfm.push(d);
        break;
    }
  }
  return [
    { label: s.groupLevel0, items: level0 },
    { label: s.groupRelasi, items: relasi },
    ...[...levels.keys()].sort((a, b) => a - b).map((n) => ({ label: format(s.groupLevel, n), items: levels.get(n) ?? [] })),
    { label: s.groupCfm, items: cfm },
  ].filter((g) => g.items.length > 0);
}

/** The chain from Level 0 down to `id`, through `parentId`. */
export function breadcrumbOf(diagrams: readonly Summary[], id: string): Summary[] {
  const byId = new Map(diagrams.map((d) => [d.id, d]));
  const chain: Summary[] = [];
  const seen = new Set<string>();
  for (let d = byId.get(id); d && !seen.has(d.id); d = d.parentId === undefined ? undefined : byId.get(d.parentId)) {
    seen.add(d.id);
    chain.unshift(d);
  }
  return chain;
}

/** A map's entry: its code (if any) and name. */
function entry(d: Summary): Node[] {
  return d.code
    ? [h('span', { className: 'code', text: d.code }), h('span', { className: 'name', text: d.title })]
    : [h('span', { className: 'name', text: d.title })];
}

/** The navigator's list, the current map marked. */
export function renderNavigator(
  list: HTMLElement,
  diagrams: readonly Summary[],
  current: string | undefined,
  s: PreviewStrings,
  open: (id: string) => void,
): void {
  const groups = groupDiagrams(diagrams, s).map((g) =>
    h(
      'section',
      { className: 'nav-group' },
      h('h2', { text: g.label }),
      h(
        'ul',
        {},
        ...g.items.map((d) => {
          const button = h(
            'button',
            { className: 'nav-item', title: d.code ? `${d.code} ${d.title}` : d.title, attrs: { type: 'button', 'data-id': d.id } },
            ...entry(d),
          );
          if (d.id === current) button.setAttribute('aria-current', 'page');
          button.addEventListener('click', () => open(d.id));
          return h('li', {}, button);
        }),
      ),
    ),
  );
  list.replaceChildren(...groups);
}

/** Level 0 > process > sub-process > map; every crumb but the last opens its map. */
export function renderBreadcrumb(bar: HTMLElement, diagrams: readonly Summary[], current: string, open: (id: string) => void): void {
  const chain = breadcrumbOf(diagrams, current);
  const items: Node[] = [];
  chain.forEach((d, i) => {
    if (i > 0) items.push(h('span', { className: 'sep', text: '›', attrs: { 'aria-hidden': 'true' } }));
    const label = d.code ?? d.title;
    if (i === chain.length - 1) {
      items.push(h('span', { className: 'crumb current', title: d.title, attrs: { 'aria-current': 'page' } }, ...entry(d)));
    } else {
      const b = h('button', { className: 'crumb', text: label, title: d.title, attrs: { type: 'button', 'data-id': d.id } });
      b.addEventListener('click', () => open(d.id));
      items.push(b);
    }
  });
  bar.replaceChildren(...items);
  keepCodeWhole(bar);
}

/**
 * In a narrow panel the crumbs above the current map give way, from Level 0 down, each with its
 * separator, until the current map's code shows whole: it is what says which map is on screen.
 * Called after each change of the breadcrumb and of its width.
 */
export function keepCodeWhole(bar: HTMLElement): void {
  const items = [...bar.children] as HTMLElement[];
  for (const item of items) item.hidden = false;
  const code = bar.querySelector('.crumb.current .code') ?? bar.querySelector('.crumb.current');
  if (!code) return;
  const fits = (): boolean => code.getBoundingClientRect().right <= bar.getBoundingClientRect().right + 0.5;
  // Items run crumb, separator, crumb, …, current: drop a crumb and the separator after it.
  for (let i = 0; i + 2 < items.length && !fits(); i += 2) {
    items[i]!.hidden = true;
    items[i + 1]!.hidden = true;
  }
}
