import type { PageTexts } from './texts.ts';

/** Escapes text for HTML element content and double- or single-quoted attribute values. Names come
 *  from datasets anyone can write, so every dynamic string goes through here. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Sober TestID-like look: white page, dark blue (#1e2b3c) buttons, a visible focus ring.
 * Colour pairs used: #1e2b3c on #fff (14.9:1), #fff on #1e2b3c, #b00020 on #fff (7.4:1),
 * #4a5563 on #fff (7.5:1). Inline <style> is allowed by our CSP; scripts never are.
 */
const STYLE = `
*,*::before,*::after{box-sizing:border-box}
html{font-size:100%}
body{margin:0;background:#fff;color:#1e2b3c;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;line-height:1.5}
.top{border-bottom:1px solid #d5dae0}
.top .wrap{display:flex;justify-content:space-between;align-items:center;gap:1rem;padding-top:.75rem;padding-bottom:.75rem}
.brand{font-weight:700;font-size:1.125rem;letter-spacing:.01em}
.banner{margin:0;background:#fff4d6;color:#1e2b3c;text-align:center;padding:.375rem 1rem;font-size:.875rem}
.wrap{max-width:34rem;margin:0 auto;padding-left:1rem;padding-right:1rem}
main.wrap{padding-top:1.5rem;padding-bottom:3rem}
h1{font-size:1.75rem;line-height:1.25;margin:0 0 .75rem}
h2{font-size:1.25rem;margin:2rem 0 .75rem}
p{margin:0 0 1rem}
a{color:#1e2b3c;text-decoration:underline;text-underline-offset:.15em}
a:hover{text-decoration-thickness:2px}
fieldset{border:1px solid #d5dae0;border-radius:4px;margin:0 0 1.5rem;padding:.75rem 1rem 1rem}
legend{font-weight:700;padding:0 .25rem}
.radio{display:flex;align-items:center;gap:.625rem;min-height:2.75rem}
.radio input{width:1.25rem;height:1.25rem;margin:0;accent-color:#1e2b3c}
label{font-weight:600}
.radio label{font-weight:400}
.field{margin:0 0 1.5rem}
.hint{color:#4a5563;font-size:.9375rem;margin:.125rem 0 .5rem}
input[type=text]{display:block;width:100%;max-width:16rem;font:inherit;font-size:1.125rem;padding:.5rem .625rem;border:2px solid #1e2b3c;border-radius:4px;background:#fff;color:#1e2b3c;margin:0 0 .75rem}
input[aria-invalid=true]{border-color:#b00020}
button{font:inherit;font-weight:600;display:inline-block;min-height:2.75rem;padding:.5rem 1.25rem;border:2px solid #1e2b3c;border-radius:4px;background:#1e2b3c;color:#fff;cursor:pointer;text-align:left}
button:hover{background:#33465e;border-color:#33465e}
.persons{list-style:none;margin:0;padding:0;display:grid;gap:.5rem}
.persons button{width:100%}
:focus-visible{outline:3px solid #0062ba;outline-offset:2px}
input[type=text]:focus-visible,.radio input:focus-visible{outline:3px solid #0062ba;outline-offset:2px}
.error-summary{border:2px solid #b00020;border-radius:4px;padding:.75rem 1rem;margin:0 0 1.5rem}
.error-summary h2{margin:0 0 .25rem;font-size:1.125rem}
.error-summary p{margin:0}
.error-text{color:#b00020;font-weight:600;margin:0 0 .5rem}
.code{font-family:ui-monospace,Menlo,Consolas,monospace;word-break:break-word}
@media (max-width:30rem){h1{font-size:1.5rem}button{width:100%}}
`;

export interface PageParts {
  texts: PageTexts;
  title: string;
  /** Already-escaped HTML for the header's right-hand side (the language link), or ''. */
  headerExtra?: string;
  /** Already-escaped HTML for <main>. */
  main: string;
  /** Same-origin script URLs (never inline: the pages work under `script-src 'self'`). */
  scripts?: string[];
}

export function renderPage({ texts, title, headerExtra = '', main, scripts = [] }: PageParts): string {
  const scriptTags = scripts.map((src) => `<script defer src="${escapeHtml(src)}"></script>`).join('');
  return `<!doctype html>
<html lang="${escapeHtml(texts.htmlLang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
${scriptTags}
</head>
<body>
<header class="top"><div class="wrap"><span class="brand">ID-porten</span>${headerExtra}</div></header>
<p class="banner">${escapeHtml(texts.testBanner)}</p>
<main class="wrap" id="main">
${main}
</main>
</body>
</html>`;
}
