import { crc32 } from './crc32.ts';

/**
 * Structural checks for the file types the datasets contain, used by the tests. They check what a
 * reader trips over first: signatures, PDF xref offsets, PNG chunk CRCs, JPEG markers, ZIP records.
 */

export function pdfProblems(bytes: Buffer): string[] {
  const problems: string[] = [];
  const text = bytes.toString('latin1');
  if (!text.startsWith('%PDF-')) problems.push('does not start with %PDF-');
  if (!text.trimEnd().endsWith('%%EOF')) problems.push('does not end with %%EOF');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (!startxref) return [...problems, 'no startxref'];
  const xrefAt = Number(startxref[1]);
  if (!text.startsWith('xref', xrefAt)) return [...problems, `startxref ${xrefAt} does not point at xref`];
  const table = /^xref\s+0 (\d+)\s+/.exec(text.slice(xrefAt));
  if (!table) return [...problems, 'malformed xref header'];
  const count = Number(table[1]);
  const entriesStart = xrefAt + table[0].length;
  for (let i = 1; i < count; i++) {
    const entry = text.slice(entriesStart + i * 20, entriesStart + i * 20 + 20);
    const offset = Number(entry.slice(0, 10));
    if (!text.startsWith(`${i} 0 obj`, offset))
      problems.push(`xref entry ${i} points at ${offset}, not at "${i} 0 obj"`);
  }
  return problems;
}

export function pngProblems(bytes: Buffer): string[] {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) return ['bad PNG signature'];
  const problems: string[] = [];
  let pos = 8;
  let sawEnd = false;
  while (pos + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(pos);
    const typeAndData = bytes.subarray(pos + 4, pos + 8 + length);
    const crc = bytes.readUInt32BE(pos + 8 + length);
    const type = typeAndData.subarray(0, 4).toString('latin1');
    if (crc32(typeAndData) !== crc) problems.push(`bad CRC in ${type}`);
    pos += 12 + length;
    if (type === 'IEND') sawEnd = true;
  }
  if (!sawEnd) problems.push('no IEND chunk');
  if (pos !== bytes.length) problems.push('trailing bytes after the last chunk');
  return problems;
}

export function jpegProblems(bytes: Buffer): string[] {
  const problems: string[] = [];
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) problems.push('no SOI marker');
  if (bytes[bytes.length - 2] !== 0xff || bytes[bytes.length - 1] !== 0xd9) problems.push('no EOI marker');
  if (bytes.indexOf(Buffer.from([0xff, 0xc0])) < 0) problems.push('no baseline SOF0 frame');
  return problems;
}

export function zipProblems(bytes: Buffer): string[] {
  if (bytes.readUInt32LE(0) !== 0x04034b50) return ['no local file header'];
  const end = bytes.length - 22;
  if (end < 0 || bytes.readUInt32LE(end) !== 0x06054b50) return ['no end-of-central-directory record'];
  return [];
}

export function xmlProblems(bytes: Buffer): string[] {
  const text = bytes.toString('utf8');
  if (!text.startsWith('<?xml')) return ['no XML declaration'];
  const root = /<\?xml[^>]*\?>\s*<([A-Za-z_][\w.-]*)/.exec(text)?.[1];
  if (!root) return ['no root element'];
  // A light well-formedness check: every opening tag closes, in order.
  const stack: string[] = [];
  for (const m of text.replace(/<\?[^>]*\?>/g, '').matchAll(/<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name = '', selfClosing] = m;
    if (selfClosing) continue;
    if (closing) {
      if (stack.pop() !== name) return [`mismatched closing tag </${name}>`];
    } else stack.push(name);
  }
  return stack.length === 0 ? [] : [`unclosed <${stack.join('>, <')}>`];
}

/** Checks by content type; unknown types pass. */
export function fileProblems(contentType: string, bytes: Buffer): string[] {
  if (contentType === 'application/pdf') return pdfProblems(bytes);
  if (contentType === 'image/png') return pngProblems(bytes);
  if (contentType === 'image/jpeg') return jpegProblems(bytes);
  if (contentType === 'application/xml') return xmlProblems(bytes);
  if (contentType.includes('officedocument')) return zipProblems(bytes);
  if (contentType === 'application/json') {
    try {
      JSON.parse(bytes.toString('utf8'));
      return [];
    } catch {
      return ['invalid JSON'];
    }
  }
  if (contentType.startsWith('text/')) return bytes.toString('utf8').includes('\uFFFD') ? ['not UTF-8'] : [];
  return [];
}
