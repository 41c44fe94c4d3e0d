/**
 * File names for the person's disk. A data element's `filename` is chosen by whoever uploaded it
 * (a user of the app, or a service owner's system), so it is hostile input: it may try to climb
 * directories, hide its real extension behind a bidi override, name a Windows device, or be
 * 10,000 characters long. The result is safe on Windows, macOS and Linux and inside a ZIP.
 */

/** Longest name we hand out, in UTF-16 units; the extension is kept within it. */
export const MAX_FILE_NAME_LENGTH = 120;
/** Most file systems stop at 255 bytes; stay well below so " (2)" and folders still fit. */
const MAX_FILE_NAME_BYTES = 200;

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
const RESERVED_CHARACTERS = /[<>:"/\\|?*]/g;
// Control characters, lone surrogates, unassigned code points and every format character
// (bidi overrides and isolates, zero-width spaces, soft hyphens, BOM…) are removed. A zero-width
// joiner survives only between two pictographs, where it builds one emoji (👩‍💻).
const INVISIBLE = /[\p{Cc}\p{Cs}\p{Cn}]|(?!\u200D)\p{Cf}/gu;
const STRAY_JOINER = /(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;
const SEPARATOR = /[\p{Zl}\p{Zp}\p{Zs}\t]+/gu;
const EXTENSION = /\.[\p{L}\p{N}]{1,10}$/u;

const encoder = new TextEncoder();
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function utf8Length(text: string): number {
  return encoder.encode(text).length;
}

function clean(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(STRAY_JOINER, '')
    .replace(INVISIBLE, '')
    .replace(RESERVED_CHARACTERS, '_')
    .replace(SEPARATOR, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
}

/** Cuts at whole graphemes, so an emoji or a letter with its accents is never split. */
function truncate(text: string, maxUnits: number, maxBytes: number): string {
  let out = '';
  for (const { segment } of segmenter.segment(text)) {
    const next = out + segment;
    if (next.length > maxUnits || utf8Length(next) > maxBytes) break;
    out = next;
  }
  return out.replace(/[.\s]+$/, '');
}

/** Splits `name.ext`; a name that is only an extension (".pdf" was cleaned to "pdf") has none. */
export function splitExtension(name: string): { base: string; ext: string } {
  const match = EXTENSION.exec(name);
  if (!match || match.index === 0) return { base: name, ext: '' };
  return { base: name.slice(0, match.index), ext: match[0] };
}

/** Fits `base + suffix + ext` into the limits by shortening the base. */
export function fitFileName(
  base: string,
  ext: string,
  suffix = '',
  maxLength = MAX_FILE_NAME_LENGTH,
): string {
  const tail = `${suffix}${ext}`;
  const room = Math.max(maxLength - tail.length, 1);
  const roomBytes = Math.max(MAX_FILE_NAME_BYTES - utf8Length(tail), 1);
  const short = base.length <= room && utf8Length(base) <= roomBytes ? base : truncate(base, room, roomBytes);
  return `${short || '_'}${tail}`;
}

function makeSafe(raw: string, maxLength: number): string {
  const cleaned = clean(raw);
  if (cleaned === '') return '';
  const parts = splitExtension(cleaned);
  const { ext } = parts;
  let { base } = parts;
  base = base.replace(/[.\s]+$/, '');
  // Windows treats "CON", "con.txt" and "CON .tar.gz" alike: the device name is what comes
  // before the first dot.
  const stem = (base.split('.')[0] ?? '').trim();
  if (WINDOWS_RESERVED.test(stem)) base = `_${base}`;
  if (base === '') return ext === '' ? '' : fitFileName('_', ext, '', maxLength);
  return fitFileName(base, ext, '', maxLength);
}

/**
 * A safe file name for `raw`; when nothing usable is left, `fallback` (e.g. the data type and an
 * extension from the content type) is made safe the same way, and failing that "fil".
 */
export function sanitizeFileName(
  raw: string | null | undefined,
  fallback: string,
  maxLength = MAX_FILE_NAME_LENGTH,
): string {
  return makeSafe(raw ?? '', maxLength) || makeSafe(fallback, maxLength) || 'fil';
}
