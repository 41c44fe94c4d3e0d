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
  let entries: { request: Request; url: string; seenAt: number }[] = [];
  const prefix = `/platform${pathPrefix}`;
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (request.method() !== method || !url.pathname.startsWith(prefix)) return;
    entries.push({
      request,
      url: `${url.pathname.slice('/platform'.length)}${url.search}`,
      seenAt: Date.now(),
    });
  });
  // The browser's own start time of each request: the moment this process hears of it lags by a
  // varying few milliseconds on a busy machine, enough to make a 1 s wait look like 996 ms.
  const logged = (): LoggedRequest[] =>
    entries.map(({ request, url, seenAt }) => {
      const started = request.timing().startTime;
      return { method, url, at: started > 0 ? started : seenAt };
    });
  return {
    all: logged,
    byUrl: () => {
      const groups = new Map<string, LoggedRequest[]>();
      for (const entry of logged()) groups.set(entry.url, [...(groups.get(entry.url) ?? []), entry]);
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
