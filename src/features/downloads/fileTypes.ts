/** What the browser can show by itself, and file name extensions for names we have to invent. */

const EXTENSIONS: Record<string, string> = {
  'application/pdf': '.pdf',
  'application/xml': '.xml',
  'text/xml': '.xml',
  'application/json': '.json',
  'text/plain': '.txt',
  'text/csv': '.csv',
  'text/html': '.html',
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/gif': '.gif',
  'image/webp': '.webp',
  'application/zip': '.zip',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
  'application/msword': '.doc',
  'application/vnd.ms-excel': '.xls',
};

function essence(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

export function extensionForContentType(contentType: string | null | undefined): string {
  return EXTENSIONS[essence(contentType)] ?? '';
}

// Only types the browser renders without running the file's own code: no HTML, no SVG (it can
// carry script), so "open" can never execute content an uploader chose.
const INLINE = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp']);

export function canOpenInline(contentType: string | null | undefined): boolean {
  return INLINE.has(essence(contentType));
}

/** Already-compressed formats are stored as they are; deflating them again costs CPU for nothing. */
export function worthCompressing(contentType: string | null | undefined): boolean {
  const type = essence(contentType);
  return (
    type.startsWith('text/') ||
    type === 'application/json' ||
    type === 'application/xml' ||
    type.endsWith('+xml') ||
    type.endsWith('+json')
  );
}
