import { parseDotnetInt, parseGuid } from './http.ts';
import type { RequestContext } from './context.ts';

export type Handler = (ctx: RequestContext, params: string[]) => Promise<void> | void;

type Segment = { literal: string } | { param: 'int' | 'guid' | 'str' };

export interface Route {
  method: string;
  segments: Segment[];
  handler: Handler;
}

/** `route('GET', '/storage/api/v1/instances/{int}/{guid}', h)`: ASP.NET-style route constraints. */
export function route(method: string, pattern: string, handler: Handler): Route {
  const segments: Segment[] = pattern
    .split('/')
    .filter((part) => part.length > 0)
    .map((part) => {
      if (part === '{int}' || part === '{guid}' || part === '{str}') {
        return { param: part.slice(1, -1) as 'int' | 'guid' | 'str' };
      }
      return { literal: part.toLowerCase() };
    });
  return { method, segments, handler };
}

function matchSegments(route: Route, parts: string[]): string[] | undefined {
  if (route.segments.length !== parts.length) return undefined;
  const params: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const segment = route.segments[i];
    const part = parts[i] ?? '';
    if (!segment) return undefined;
    if ('literal' in segment) {
      if (part.toLowerCase() !== segment.literal) return undefined;
    } else if (segment.param === 'int') {
      const n = parseDotnetInt(part);
      if (n === undefined) return undefined;
      params.push(String(n));
    } else if (segment.param === 'guid') {
      const guid = parseGuid(part);
      if (!guid) return undefined;
      params.push(guid);
    } else {
      if (part.length === 0) return undefined;
      params.push(part);
    }
  }
  return params;
}

export type RouteMatch =
  | { kind: 'found'; route: Route; params: string[] }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'none' };

/** Splits a path into decoded segments; a malformed escape stays as typed, as Kestrel leaves it. */
export function pathSegments(pathname: string): string[] {
  return pathname
    .split('/')
    .filter((part) => part.length > 0)
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    });
}

export function matchRoute(routes: Route[], method: string, parts: string[]): RouteMatch {
  const allow: string[] = [];
  for (const candidate of routes) {
    const params = matchSegments(candidate, parts);
    if (!params) continue;
    if (candidate.method === method) return { kind: 'found', route: candidate, params };
    allow.push(candidate.method);
  }
  return allow.length > 0 ? { kind: 'method-not-allowed', allow } : { kind: 'none' };
}
