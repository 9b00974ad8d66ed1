/**
 * A strict reader of the XML our writers make (elements, attributes in double quotes, the five
 * entities and character references, an XML declaration, no text content): enough for unit
 * tests in Node, which has no XML parser. It throws on anything else, so a stray `<` or `&`
 * in the output fails the test that reads it.
 */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeAttribute(raw: string): string {
  if (/[<]/.test(raw)) throw new Error(`"<" in an attribute: ${raw}`);
  return raw.replace(/&([^;]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new Error(`a bare "&" in ${raw}`);
    const named = ENTITIES[ref];
    if (named !== undefined) return named;
    const m = /^#(x[0-9a-fA-F]+|[0-9]+)$/.exec(ref);
    if (!m?.[1]) throw new Error(`unknown entity &${ref};`);
    return String.fromCodePoint(m[1].startsWith('x') ? parseInt(m[1].slice(1), 16) : parseInt(m[1], 10));
  });
}

export function parseXml(text: string): XmlElement {
  const body = text.replace(/^<\?xml [^?]*\?>/, '');
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*="[^"]*")*)\s*(\/?)>/y;
  const stack: { name: string; attributes: Record<string, string>; children: XmlElement[] }[] = [];
  let root: XmlElement | undefined;
  let at = 0;
  while (at < body.length) {
    const space = /\s*/y;
    space.lastIndex = at;
    space.exec(body);
    at = space.lastIndex;
    if (at >= body.length) break;
    tag.lastIndex = at;
    const m = tag.exec(body);
    if (!m) throw new Error(`not a tag at ${at}: ${body.slice(at, at + 60)}`);
    at = tag.lastIndex;
    const [, close, name = '', attrs = '', selfClose] = m;
    if (close) {
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}>`);
      if (stack.length === 0) root = open;
      else stack[stack.length - 1]?.children.push(open);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const a of attrs.matchAll(/([A-Za-z_][\w.:-]*)="([^"]*)"/g)) {
      const key = a[1] ?? '';
      if (key in attributes) throw new Error(`attribute ${key} twice on <${name}>`);
      attributes[key] = decodeAttribute(a[2] ?? '');
    }
    const element = { name, attributes, children: [] as XmlElement[] };
    if (selfClose) {
      if (stack.length === 0) root = element;
      else stack[stack.length - 1]?.children.push(element);
    } else stack.push(element);
  }
  if (stack.length > 0 || !root) throw new Error('unclosed elements');
  return root;
}

/** Every element under `e` (itself included), depth first. */
export function allElements(e: XmlElement): XmlElement[] {
  return [e, ...e.children.flatMap(allElements)];
}
