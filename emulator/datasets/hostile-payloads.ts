/**
 * The strings the hostile dataset carries. Every payload that could run tries to set
 * `window.__xss` or call `alert`, so the e2e trap (e2e/support/xss-trap.ts) notices execution
 * instead of a person having to spot it. Shared by the dataset builder and the journeys.
 */

export const RLO = '\u202E';
export const PDF = '\u202C';

/** Script tags, event handlers, `javascript:` URLs, markdown, HTML, bidi, emoji, combining marks. */
export const payloads = {
  script: '<script>window.__xss=1;alert(1)</script>',
  imgOnerror: '<img src=x onerror="window.__xss=1;alert(1)">',
  svgOnload: '<svg/onload=window.__xss=1>',
  jsLink: '<a href="javascript:window.__xss=1">lenke</a>',
  markdownJsLink: '[Klikk her](javascript:window.__xss=1)',
  markdown: '# Overskrift **fet** _kursiv_ `kode` > sitat ![bilde](javascript:alert(1))',
  iframe: '<iframe src="javascript:window.__xss=1"></iframe>',
  styleAttr: '<b style="position:fixed;inset:0;background:red" onmouseover="window.__xss=1">stor</b>',
  rtl: `Faktura ${RLO}fdp.exe${PDF}`,
  emoji: '🧾📄 👩‍👩‍👧‍👦 🇳🇴',
  combining: 'Z̷̢̛a̸̡l̶̨g̴̛o̵̢ e\u0301\u0301\u0301\u0301',
} as const;

/** Exactly 10,000 characters without a single space: a string no line can break at a word. */
export const unbroken10k = `Langtittel${'Å'.repeat(9_990)}`;
/** 10,000 characters of words. */
export const words10k = 'Lang tittel med mange ord '.repeat(400).slice(0, 10_000);

/** App titles per language: each app's title carries one kind of hostile input. */
export const appTitles = {
  skript: {
    nb: `${payloads.script}Skjema med skript`,
    nn: `${payloads.script}Skjema med skript (nn)`,
    en: `${payloads.script}Form with a script`,
  },
  bilde: {
    nb: `${payloads.imgOnerror}Bildeskjema`,
    nn: `${payloads.svgOnload}Biletskjema`,
    en: `${payloads.imgOnerror}Image form`,
  },
  lenke: {
    nb: `${payloads.markdownJsLink} ${payloads.jsLink} Lenkeskjema`,
    nn: `${payloads.markdownJsLink} Lenkeskjema (nn)`,
    en: `${payloads.jsLink} Link form`,
  },
  markdown: {
    nb: `${payloads.markdown} ${payloads.iframe} <b>html</b>`,
    nn: `${payloads.markdown} <i>html</i>`,
    en: `${payloads.markdown} ${payloads.styleAttr}`,
  },
  rtl: { nb: payloads.rtl, nn: payloads.rtl, en: `Invoice ${RLO}fdp.exe${PDF}` },
  lang: { nb: unbroken10k, nn: unbroken10k, en: words10k },
  emoji: {
    nb: `${payloads.emoji} Kvittering ${payloads.combining}`,
    nn: `${payloads.emoji} Kvittering (nn) ${payloads.combining}`,
    en: `${payloads.emoji} Receipt ${payloads.combining}`,
  },
  ukjent: { nb: 'Ukjente verdier', nn: 'Ukjende verdiar', en: 'Unknown values' },
  mange: { nb: 'Mange vedlegg', nn: 'Mange vedlegg (nn)', en: 'Many attachments' },
  filnavn: { nb: 'Farlige filnavn', nn: 'Farlege filnamn', en: 'Dangerous file names' },
  datoer: { nb: 'Rare datoer', nn: 'Rare datoar', en: 'Odd dates' },
} as const;

/** Party names: a script tag, markup in a subunit, no name at all, a bidi override, a very long one. */
export const partyNames = {
  person: `Ida ${payloads.imgOnerror} Hostil`,
  scriptOrg: `${payloads.script} Skript & Søn AS`,
  subunit: `"><svg onload=window.__xss=1> Avdeling Nord`,
  rtlPerson: `Liv Nordmann ${RLO}gnp.exe${PDF}`,
  longOrg: `${payloads.combining} ${payloads.emoji} ${'Ærlig Åpen Økonomi '.repeat(14)}AS`,
} as const;

/** Data element file names that try to escape a folder, name a device, split a header or overflow. */
export const fileNames = {
  traversal: '../../etc/passwd',
  device: 'CON.txt',
  newlines: 'første linje\nandre linje\r\ntredje.txt',
  disposition: 'rapport";filename="evil.exe";x=".pdf',
  long: `${'langt-filnavn-'.repeat(20)}slutt.pdf`,
  emoji: '🧾 kvittering 👩‍💻.txt',
  rtl: `faktura${RLO}fdp.exe`,
  html: 'side.html',
  svg: 'bilde.svg',
  dots: '...',
  zeroBytes: 'tom.txt',
} as const;
