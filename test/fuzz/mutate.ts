/** A small seeded generator (mulberry32): the same seed gives the same mutations everywhere. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)] as T;
  }
}

/** Characters that matter to YAML and to PPB, and some that matter to nobody. */
const CHARS = [...':-[]{}#&*!|>\'"%@`,? \t\n\r', 'a', 'Z', '0', '9', '.', '_', '\u00e9', '\uFFFD', '\uFEFF', '\u{1F642}', '\u0000'];

const lines = (text: string): string[] => text.split('\n');

/** One edit of `text`; `donors` are other files to splice from. Returns the new text and what was done. */
export function mutate(rng: Rng, text: string, donors: readonly string[]): { text: string; what: string } {
  const at = rng.int(text.length + 1);
  const ls = lines(text);
  const line = rng.int(ls.length);
  const donor = rng.pick(donors);
  switch (rng.int(10)) {
    case 0:
      return { text: text.slice(0, at) + rng.pick(CHARS) + text.slice(at), what: `insert char at ${at}` };
    case 1:
      return { text: text.slice(0, at) + text.slice(at + 1 + rng.int(8)), what: `delete chars at ${at}` };
    case 2:
      return { text: text.slice(0, at) + rng.pick(CHARS) + text.slice(at + 1), what: `replace char at ${at}` };
    case 3: {
      ls.splice(line, 1 + rng.int(3));
      return { text: ls.join('\n'), what: `delete lines at ${line}` };
    }
    case 4: {
      ls.splice(rng.int(ls.length + 1), 0, ...ls.slice(line, line + 1 + rng.int(5)));
      return { text: ls.join('\n'), what: `duplicate lines at ${line}` };
    }
    case 5: {
      const l = ls[line] ?? '';
      const shift = rng.int(3);
      ls[line] = shift === 0 ? l.replace(/^ {1,2}/, '') : shift === 1 ? `  ${l}` : `\t${l}`;
      return { text: ls.join('\n'), what: `indent line ${line}` };
    }
    case 6: {
      const tokens = donor.match(/[A-Za-z0-9_.]+|[:\-[\]{}&*]/g) ?? ['x'];
      return { text: text.slice(0, at) + rng.pick(tokens) + text.slice(at), what: `splice token at ${at}` };
    }
    case 7: {
      const d = lines(donor);
      const from = rng.int(d.length);
      ls.splice(line, rng.int(3), ...d.slice(from, from + 1 + rng.int(12)));
      return { text: ls.join('\n'), what: `mix lines at ${line}` };
    }
    case 8: {
      const other = rng.int(ls.length);
      [ls[line], ls[other]] = [ls[other] ?? '', ls[line] ?? ''];
      return { text: ls.join('\n'), what: `swap lines ${line} ${other}` };
    }
    default: {
      const cut = rng.int(donor.length + 1);
      return {
        text: rng.int(2) === 0 ? text.slice(0, at) + donor.slice(cut) : donor.slice(0, cut) + text.slice(at),
        what: `join with a donor at ${at}/${cut}`,
      };
    }
  }
}
