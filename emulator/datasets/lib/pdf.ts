/**
 * A tiny PDF writer: pages of plain text in Helvetica, enough for a receipt that any PDF reader
 * opens. Written by hand (no dependency) so the bytes are fully deterministic; the xref table
 * carries exact byte offsets, which strict readers check.
 */

export interface PdfPage {
  /** Drawn large and bold at the top. */
  heading: string;
  /** One line each, in the regular font. Long lines are not wrapped: keep them short. */
  lines: readonly string[];
}

export interface PdfDocument {
  title: string;
  /** `D:YYYYMMDDHHmmSSZ`, a fixed date so rebuilding gives identical bytes. */
  creationDate: string;
  pages: readonly PdfPage[];
}

// WinAnsiEncoding agrees with Latin-1 except in 0x80-0x9F; these are the few we may meet.
const winAnsiExtras: Record<string, number> = {
  '€': 0x80,
  '–': 0x96,
  '—': 0x97,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
};

/** A PDF string literal in WinAnsi bytes (kept as a latin1 JS string), escaped. */
function pdfString(text: string): string {
  let out = '(';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0x3f;
    let byte = winAnsiExtras[ch] ?? (code < 0x100 && (code < 0x80 || code > 0x9f) ? code : 0x3f);
    if (byte < 0x20) byte = 0x20;
    const c = String.fromCharCode(byte);
    out += c === '(' || c === ')' || c === '\\' ? `\\${c}` : c;
  }
  return `${out})`;
}

/** A document-information string: UTF-16BE with a byte-order mark, so any title survives. */
function pdfTextString(text: string): string {
  const utf16 = Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase();
  return `<FEFF${utf16}>`;
}

function pageContent(page: PdfPage): string {
  const parts = [
    'BT',
    '/F2 18 Tf',
    '56 780 Td',
    `${pdfString(page.heading)} Tj`,
    '/F1 11 Tf',
    '0 -30 Td',
    '15 TL',
  ];
  for (const line of page.lines) parts.push(`${pdfString(line)} Tj T*`);
  parts.push('ET', '0.2 0.4 0.6 RG', '56 760 m 540 760 l S');
  return `${parts.join('\n')}\n`;
}

export function writePdf(doc: PdfDocument): Buffer {
  const objects: string[] = [];
  const pageCount = doc.pages.length;
  // Object numbers: 1 catalog, 2 pages, 3 regular font, 4 bold font, 5 info, then page/content pairs.
  const pageObjectNumber = (i: number): number => 6 + i * 2;
  objects.push('<< /Type /Catalog /Pages 2 0 R >>');
  const kids = doc.pages.map((_, i) => `${pageObjectNumber(i)} 0 R`).join(' ');
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pageCount} >>`);
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  objects.push(
    `<< /Title ${pdfTextString(doc.title)} /Producer (Innboks emulator) /CreationDate (${doc.creationDate}) >>`,
  );
  doc.pages.forEach((page, i) => {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageObjectNumber(i) + 1} 0 R >>`,
    );
    const content = pageContent(page);
    objects.push(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}endstream`);
  });

  // The second header line holds bytes above 127 so tools treat the file as binary, as the spec advises.
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefOffset = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
