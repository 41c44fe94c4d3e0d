import type { RequestContext } from './context.ts';
import { authenticate } from './context.ts';
import { sendEmpty, sendJson, sendJsonString, sendProblem } from './http.ts';
import type { Route } from './router.ts';
import { route } from './router.ts';

function allApplications(ctx: RequestContext): void {
  const applications = [...ctx.env.store.dataset.apps.values()].map((app) => app.doc);
  sendJson(ctx.res, 200, { applications });
}

function applicationsOfOrg(ctx: RequestContext, [org = '']: string[]): void {
  if (org.includes('-') || org.includes(' ')) {
    return sendJsonString(ctx.res, 400, `Invalid org: ${org}. Org cannot contain '-' or ' '.`);
  }
  const applications = [...ctx.env.store.dataset.apps.values()]
    .filter((app) => app.org.toLowerCase() === org.toLowerCase())
    .map((app) => app.doc);
  sendJson(ctx.res, 200, { applications });
}

function findApp(ctx: RequestContext, org: string, app: string) {
  const id = `${org}/${app}`.toLowerCase();
  for (const record of ctx.env.store.dataset.apps.values()) if (record.id.toLowerCase() === id) return record;
  return undefined;
}

function oneApplication(ctx: RequestContext, [org = '', app = '']: string[]): void {
  const record = findApp(ctx, org, app);
  if (!record) return sendJsonString(ctx.res, 404, `Could not find an application with appId=${org}/${app}`);
  sendJson(ctx.res, 200, record.doc);
}

async function texts(ctx: RequestContext, [org = '', app = '', language = '']: string[]): Promise<void> {
  if (!(await authenticate(ctx))) return sendEmpty(ctx.res, 401);
  if (!/^[A-Za-z]{2}$/.test(language)) {
    return sendJsonString(ctx.res, 400, 'The language must be a two letter ISO language name.');
  }
  const text = findApp(ctx, org, app)?.texts.get(language.toLowerCase());
  if (!text) return sendProblem(ctx.res, 404, ctx.traceId);
  sendJson(ctx.res, 200, text);
}

export const applicationRoutes: Route[] = [
  route('GET', '/storage/api/v1/applications', allApplications),
  route('GET', '/storage/api/v1/applications/{str}', applicationsOfOrg),
  route('GET', '/storage/api/v1/applications/{str}/{str}', oneApplication),
  route('GET', '/storage/api/v1/applications/{str}/{str}/texts/{str}', texts),
];
