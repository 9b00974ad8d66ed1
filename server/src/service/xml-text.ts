/**
 * Text as XML 1.0 allows it: without the control characters (but tab, line feed and carriage
 * return), lone surrogates, U+FFFE and U+FFFF, which no escaping can write and which make Word
 * refuse the whole file. Everything else is kept; escaping `<`, `&` and the like is the writer's.
 */
export function xmlText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) continue;
    if (c === 0xfffe || c === 0xffff) continue;
    out += text[i];
  }
  return out;
}

/** Text for XML or HTML, as text: made writable (`xmlText`), its markup characters escaped. */
export const escapeXml = (text: string): string =>
  xmlText(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/**
 * Text as an XML attribute value that reads back the same: `escapeXml`, and the white space an
 * attribute would otherwise fold into spaces (line feed, carriage return, tab) as character references.
 */
export const xmlAttribute = (text: string): string => escapeXml(text).replace(/[\n\r\t]/g, (c) => `&#x${c.charCodeAt(0).toString(16)};`);
