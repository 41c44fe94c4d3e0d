import { describe, expect, it } from 'vitest';

import { MAX_FILE_NAME_LENGTH, sanitizeFileName } from './sanitizeFileName';

const FALLBACK = 'vedlegg.pdf';

describe('sanitizeFileName', () => {
  it('keeps an ordinary name, non-ASCII letters and spaces included', () => {
    expect(sanitizeFileName('Søknad om dagpenger.pdf', FALLBACK)).toBe('Søknad om dagpenger.pdf');
  });

  it.each([
    ['../../etc/passwd', '_.._etc_passwd'],
    ['..\\..\\windows\\system32\\cmd.exe', '_.._windows_system32_cmd.exe'],
    ['/absolute/path.txt', '_absolute_path.txt'],
    ['a:b*c?d"e<f>g|h.txt', 'a_b_c_d_e_f_g_h.txt'],
  ])('never leaves a path separator or reserved character in %j', (raw, expected) => {
    const safe = sanitizeFileName(raw, FALLBACK);
    expect(safe).toBe(expected);
    expect(safe).not.toMatch(/[/\\<>:"|?*]/);
    expect(safe.startsWith('.')).toBe(false);
  });

  it.each([
    ['CON.txt', '_CON.txt'],
    ['con', '_con'],
    ['PRN', '_PRN'],
    ['aux.tar.gz', '_aux.tar.gz'],
    ['NUL .pdf', '_NUL.pdf'],
    ['COM1.log', '_COM1.log'],
    ['lpt9', '_lpt9'],
  ])('makes the Windows device name %j safe', (raw, expected) => {
    expect(sanitizeFileName(raw, FALLBACK)).toBe(expected);
  });

  it('leaves names that only start like a device name alone', () => {
    expect(sanitizeFileName('CONTRACT.pdf', FALLBACK)).toBe('CONTRACT.pdf');
    expect(sanitizeFileName('console.log', FALLBACK)).toBe('console.log');
  });

  it('removes control characters and turns line breaks into spaces', () => {
    expect(sanitizeFileName('rapport\n2024\r\n\tendelig\u0000.pdf', FALLBACK)).toBe('rapport2024endelig.pdf');
    expect(sanitizeFileName('line\u2028sep.txt', FALLBACK)).toBe('line sep.txt');
  });

  it('removes a right-to-left override that would disguise the extension', () => {
    const disguised = 'invoice\u202Efdp.exe';
    const safe = sanitizeFileName(disguised, FALLBACK);
    expect(safe).toBe('invoicefdp.exe');
    expect(safe).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F]/);
  });

  it('removes zero-width and other invisible format characters', () => {
    expect(sanitizeFileName('a\u200Bb\uFEFFc\u00ADd\u2060.txt', FALLBACK)).toBe('abcd.txt');
  });

  it('removes trailing dots and spaces, and leading dots', () => {
    expect(sanitizeFileName('report.pdf. . ', FALLBACK)).toBe('report.pdf');
    expect(sanitizeFileName('...hidden', FALLBACK)).toBe('hidden');
    expect(sanitizeFileName('  name  .txt', FALLBACK)).toBe('name.txt');
  });

  it('cuts a 10,000-character name to the limit and keeps the extension', () => {
    const safe = sanitizeFileName(`${'x'.repeat(10_000)}.pdf`, FALLBACK);
    expect(safe.length).toBe(MAX_FILE_NAME_LENGTH);
    expect(safe.endsWith('.pdf')).toBe(true);
  });

  it('keeps emoji and combining characters whole when cutting', () => {
    expect(sanitizeFileName('👩‍💻 rapport.txt', FALLBACK)).toBe('👩‍💻 rapport.txt');
    const long = sanitizeFileName(`${'👍🏽'.repeat(100)}.png`, FALLBACK);
    expect(long.endsWith('.png')).toBe(true);
    expect(long.length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(long.replace('.png', '')).toMatch(/^(👍🏽)+$/u);
    const combining = sanitizeFileName(`${'e\u0301\u0323'.repeat(80)}.txt`, FALLBACK);
    // Whatever NFC makes of e + acute + dot below, each cut keeps whole letters.
    const letter = 'e\u0301\u0323'.normalize('NFC');
    expect(combining.replace('.txt', '').split(letter).join('')).toBe('');
    expect(new TextEncoder().encode(combining).length).toBeLessThanOrEqual(200);
  });

  it('falls back when nothing usable is left', () => {
    expect(sanitizeFileName('', FALLBACK)).toBe('vedlegg.pdf');
    expect(sanitizeFileName(null, FALLBACK)).toBe('vedlegg.pdf');
    expect(sanitizeFileName(' \u202E\u0000 ', FALLBACK)).toBe('vedlegg.pdf');
    expect(sanitizeFileName('...', FALLBACK)).toBe('vedlegg.pdf');
    expect(sanitizeFileName('', '\u202E')).toBe('fil');
  });

  it('keeps an extension-only name usable', () => {
    expect(sanitizeFileName('.pdf', FALLBACK)).toBe('pdf');
  });
});
