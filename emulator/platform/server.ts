import type { IncomingMessage, ServerResponse } from 'node:http';

import { applyFault } from '../control/apply-fault.ts';
import type { FaultRegistry } from '../control/faults.ts';
import { applicationRoutes } from './applications-routes.ts';
import { authenticationRoutes } from './authentication-routes.ts';
import { orgsPath, serveOrgs } from './cdn-orgs.ts';
import type { PlatformEnv, RequestContext } from './context.ts';
import { newTraceId, sendEmpty, sendText } from './http.ts';
import { instanceRoutes } from './instances-routes.ts';
import { partyRoutes } from './party-routes.ts';
import type { Route } from './router.ts';
import { matchRoute, pathSegments } from './router.ts';
import { sblRoutes } from './sbl-routes.ts';

const routes: Route[] = [
  ...authenticationRoutes,
  ...partyRoutes,
  ...applicationRoutes,
  ...instanceRoutes,
  ...sblRoutes,
];

export type ControlHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  rawQuery: string,
) => Promise<void>;

export interface PlatformHandlerOptions {
  faults: FaultRegistry;
  /** Serves `/__emulator/*`; faults never apply to it. */
  control?: ControlHandler;
}

const downloadPath = /^\/storage\/api\/v1\/instances\/[^/]+\/[^/]+\/data\/[^/]+$/i;

async function handle(
  env: PlatformEnv,
  options: PlatformHandlerOptions,
  req: IncomingMessage,
  res: ServerResponse,
) {
  const raw = req.url ?? '/';
  if (!raw.startsWith('/')) return sendEmpty(res, 400);
  const queryAt = raw.indexOf('?');
  const path = queryAt < 0 ? raw : raw.slice(0, queryAt);
  const rawQuery = queryAt < 0 ? '' : raw.slice(queryAt + 1);
  const method = (req.method ?? 'GET').toUpperCase();

  if (path.toLowerCase() === '/__emulator' || path.toLowerCase().startsWith('/__emulator/')) {
    if (options.control) return options.control(req, res, path, rawQuery);
    return sendEmpty(res, 404);
  }

  let dropMidBody = false;
  const fault = options.faults.take(method, path);
  if (fault) {
    const outcome = await applyFault(fault, req, res, downloadPath.test(path));
    if (outcome === 'handled') return;
    dropMidBody = outcome === 'drop-mid-body';
  }

  // The CDN stand-in: after the faults (so tests can make the CDN fail), case-sensitive like a blob path.
  if (path === orgsPath) return serveOrgs(req, res, method, env.store.dataset);

  // [HttpGet] does not match HEAD in ASP.NET endpoint routing: a HEAD request gets 405 like any other method.
  const match = matchRoute(routes, method, pathSegments(path));
  if (match.kind === 'none') return sendEmpty(res, 404);
  if (match.kind === 'method-not-allowed') return sendEmpty(res, 405, { Allow: match.allow.join(', ') });
  const ctx: RequestContext = {
    req,
    res,
    method,
    url: new URL(`http://platform.invalid${path.replace(/\/{2,}/g, '/')}`),
    rawQuery,
    query: new URLSearchParams(rawQuery),
    traceId: newTraceId(),
    env,
    dropMidBody,
  };
  await match.route.handler(ctx, match.params);
}

/**
 * The platform's request handler. No CORS headers anywhere (the real services send none), and any
 * unexpected error becomes a plain 500 without a stack trace; the server keeps serving.
 */
export function createPlatformHandler(env: PlatformEnv, options: PlatformHandlerOptions) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    handle(env, options, req, res).catch((error: unknown) => {
      console.error(
        `platform: ${req.method ?? ''} ${(req.url ?? '').split('?')[0] ?? ''} failed:`,
        (error as Error).message,
      );
      if (!res.headersSent) sendText(res, 500, 'An error occurred while processing your request.');
      else res.destroy();
    });
  };
}
