import type { BrowserContext, Page, Request } from '@playwright/test';

/**
 * Records everything a browser context sends (URL, every header, body) and everything its pages
 * write to the console, then finds tokens (JWT-shaped strings) and identity numbers in it. A hit
 * is described by where it was, never by repeating the secret, so a failing test leaks nothing
 * into its report.
 */
export interface SentRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string;
  /** Sent by a service worker rather than a page. */
  fromWorker: boolean;
}

export interface SecretHit {
  what: 'jwt' | 'pid';
  where: string;
  url: string;
}

const JWT = /eyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/;

export interface SecretRecorder {
  /** Waits until the headers of every request seen so far have been read. */
  flush(): Promise<void>;
  requests(): SentRequest[];
  console(): string[];
  /** Every place a JWT or one of `pids` appears, except where `allowed` says it belongs. */
  hits(pids: readonly string[], allowed: (hit: SecretHit, request?: SentRequest) => boolean): SecretHit[];
}

function withoutQuery(url: string): string {
  return url.split(/[?#]/)[0] ?? url;
}

export function recordSecrets(context: BrowserContext): SecretRecorder {
  const sent: SentRequest[] = [];
  const pending: Promise<void>[] = [];
  const lines: string[] = [];

  const onRequest = (request: Request): void => {
    pending.push(
      request
        .allHeaders()
        .catch(() => request.headers())
        .then((headers) => {
          sent.push({
            url: request.url(),
            method: request.method(),
            headers,
            body: request.postData() ?? '',
            fromWorker: request.serviceWorker() !== null,
          });
        }),
    );
  };
  context.on('request', onRequest);
  const watchPage = (page: Page): void => {
    page.on('console', (message) => lines.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => lines.push(`pageerror: ${error.message}\n${error.stack ?? ''}`));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);

  return {
    flush: async () => {
      await Promise.all(pending);
    },
    requests: () => [...sent],
    console: () => [...lines],
    hits: (pids, allowed) => {
      const found: SecretHit[] = [];
      const check = (text: string, where: string, url: string, request?: SentRequest): void => {
        const decoded = (() => {
          try {
            return decodeURIComponent(text);
          } catch {
            return text;
          }
        })();
        if (JWT.test(decoded)) {
          const hit: SecretHit = { what: 'jwt', where, url: withoutQuery(url) };
          if (!allowed(hit, request)) found.push(hit);
        }
        if (pids.some((pid) => pid.length > 0 && decoded.includes(pid))) {
          const hit: SecretHit = { what: 'pid', where, url: withoutQuery(url) };
          if (!allowed(hit, request)) found.push(hit);
        }
      };
      for (const request of sent) {
        check(request.url, 'url', request.url, request);
        for (const [name, value] of Object.entries(request.headers)) {
          check(value, `header ${name}`, request.url, request);
        }
        check(request.body, 'body', request.url, request);
      }
      lines.forEach((line, index) => check(line, `console line ${index + 1}`, ''));
      return found;
    },
  };
}
