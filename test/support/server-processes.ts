import { readdirSync, readFileSync } from 'node:fs';

/** The parent of each live process (Linux, /proc); a zombie, killed but not yet reaped, is left out. */
function parents(): Map<number, number> {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'latin1');
      // "pid (command) state ppid …": the command may hold spaces and parentheses.
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state !== 'Z') parent.set(Number(name), Number(ppid));
    } catch {
      // gone meanwhile
    }
  }
  return parent;
}

function commandLine(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return [];
  }
}

/** The PPB language servers (processes running a `dist/server.js`) that `root` started, directly or not. */
export function languageServers(root: number): number[] {
  const parent = parents();
  const isUnder = (pid: number): boolean => {
    for (let p = parent.get(pid); p !== undefined; p = parent.get(p)) if (p === root) return true;
    return false;
  };
  return [...parent.keys()].filter((pid) => isUnder(pid) && commandLine(pid).some((arg) => /[\\/]dist[\\/]server\.js$/.test(arg)));
}
