import { expect, type Page } from '@playwright/test';

/**
 * A trap for script that data managed to run (issue 6). Every hostile payload in the hostile
 * dataset tries to set `window.__xss` or call alert/confirm/prompt. Before any page script runs,
 * an init script (every document, every navigation, both origins) makes `window.__xss` a
 * non-configurable accessor whose setter reports, and replaces the three dialogs with reporters;
 * reports go straight to the test through a binding, so a hit survives the page navigating away.
 * A Playwright `dialog` listener catches any dialog that still opens. `expectNothingFired` also
 * scans the DOM for what would run on a click or hover: `on*` attributes, `javascript:` URLs,
 * script or iframe elements injected into the app, and images pointing at the payloads' `src=x`.
 */

export interface TrapHit {
  kind: string;
  detail: string;
  url: string;
}

export interface XssTrap {
  hits(): TrapHit[];
  /** Fails the test when anything fired so far, or when the DOM carries something that could. */
  expectNothingFired(step: string): Promise<void>;
}

declare global {
  interface Window {
    __xssTrapHit?: (kind: string, detail: string) => void;
  }
}

function trapScript(): void {
  const report = (kind: string, detail: unknown): void => {
    try {
      window.__xssTrapHit?.(kind, String(detail).slice(0, 200));
    } catch {
      // The binding may not be attached yet in a frame that is going away; nothing else to do.
    }
  };
  Object.defineProperty(window, '__xss', {
    configurable: false,
    enumerable: false,
    get: () => undefined,
    set: (value: unknown) => report('__xss set', value),
  });
  for (const name of ['alert', 'confirm', 'prompt'] as const) {
    Object.defineProperty(window, name, {
      configurable: false,
      writable: false,
      value: (message?: unknown) => {
        report(name, message);
        return name === 'confirm' ? false : name === 'prompt' ? null : undefined;
      },
    });
  }
}

export async function installXssTrap(page: Page): Promise<XssTrap> {
  const hits: TrapHit[] = [];
  await page.exposeBinding('__xssTrapHit', ({ frame }, kind: string, detail: string) => {
    hits.push({ kind, detail, url: frame.url() });
  });
  await page.addInitScript(trapScript);
  page.on('dialog', (dialog) => {
    hits.push({ kind: `dialog ${dialog.type()}`, detail: dialog.message(), url: page.url() });
    void dialog.dismiss().catch(() => undefined);
  });
  return {
    hits: () => [...hits],
    expectNothingFired: async (step) => {
      const found = await page.evaluate(() => {
        const problems: string[] = [];
        const describe = (el: Element): string => `<${el.tagName.toLowerCase()}>`;
        const scriptUrl = (value: string): boolean =>
          // Browsers ignore leading spaces/control characters and case before the scheme.
          /^javascript:/i.test(value.replace(/[\p{Cc}\s]/gu, ''));
        for (const el of document.querySelectorAll('*')) {
          for (const attr of el.attributes) {
            if (/^on/i.test(attr.name)) problems.push(`${describe(el)} has ${attr.name}`);
            if (/^(href|src|action|formaction|xlink:href|data)$/i.test(attr.name) && scriptUrl(attr.value))
              problems.push(`${describe(el)} ${attr.name} is a javascript: URL`);
          }
        }
        for (const el of document.querySelectorAll('body script, object, embed'))
          problems.push(`${describe(el)} in the page`);
        // The downloads feature navigates a hidden iframe to its own /download/ path; any other
        // frame came from somewhere else.
        for (const frame of document.querySelectorAll('iframe')) {
          const src = frame.getAttribute('src') ?? '';
          if (!src.startsWith(`${location.origin}/download/`) && !src.startsWith('/download/'))
            problems.push(`<iframe src="${src.slice(0, 60)}"> in the page`);
        }
        for (const img of document.querySelectorAll('img')) {
          if (img.getAttribute('src') === 'x') problems.push('<img src=x> from data');
        }
        return problems;
      });
      expect(hits, `script from data ran (${step})`).toEqual([]);
      expect(found, `DOM carries runnable data (${step})`).toEqual([]);
    },
  };
}
