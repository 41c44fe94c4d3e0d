import type { Page, Request } from '@playwright/test';

/**
 * Requests the page sends to one platform endpoint, with the local time each left, so a test can
 * count attempts and check the waits between them (a retry schedule is checked from these
 * recorded times, never by timing the test itself).
 */
export interface LoggedRequest {
  method: string;
  /** Path and query on the platform, without the `/platform` prefix. */
  url: string;
  at: number;
}

export interface RequestLog {
  all(): LoggedRequest[];
  /** Attempts grouped by method and URL (a retry repeats the same URL). */
  byUrl(): Map<string, LoggedRequest[]>;
  clear(): void;
}

export function logPlatformRequests(page: Page, pathPrefix: string, method = 'GET'): RequestLog {
  let entries: LoggedRequest[] = [];
  const prefix = `/platform${pathPrefix}`;
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (request.method() !== method || !url.pathname.startsWith(prefix)) return;
    entries.push({ method, url: `${url.pathname.slice('/platform'.length)}${url.search}`, at: Date.now() });
  });
  return {
    all: () => [...entries],
    byUrl: () => {
      const groups = new Map<string, LoggedRequest[]>();
      for (const entry of entries) groups.set(entry.url, [...(groups.get(entry.url) ?? []), entry]);
      return groups;
    },
    clear: () => {
      entries = [];
    },
  };
}

/** Milliseconds between consecutive attempts. */
export function gaps(attempts: readonly LoggedRequest[]): number[] {
  return attempts.slice(1).map((entry, index) => entry.at - (attempts[index]?.at ?? entry.at));
}
