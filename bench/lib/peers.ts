/**
 * The peer to beat (issue 7): Arbeidsflate in its mock mode, measured on this machine kind with
 * no network (so a floor for it). Shown beside our figures; "n/m" where the issue gives none.
 */
export const PEER: Record<string, string> = {
  'JS before first render / first page (gzip)': '556 kB',
  'Lighthouse mobile performance': '29',
  'picker 15k: open': '68 ms',
  'picker 15k: keystroke p50/p95': '31/58 ms',
  'picker 15k: JS heap': '138 MB',
  'picker 100k: token to usable': '~8 s',
  'picker 100k: open': '572 ms',
  'picker 100k: keystroke p50/p95': '207/297 ms',
  'picker 100k: JS heap': '837 MB',
  'picker 100k: longest task': '4.7 s',
};
