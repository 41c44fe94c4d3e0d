import type { JsonObject } from '../store/json.ts';
import { asString } from '../store/json.ts';
import type { RequestContext } from './context.ts';
import { authenticate } from './context.ts';
import { parseDotnetInt, sendEmpty, sendJson, sendProblem, sendText, sendValidationProblem } from './http.ts';
import type { Route } from './router.ts';
import { route } from './router.ts';

/** Query keys bind case-insensitively in ASP.NET. */
function queryValue(ctx: RequestContext, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [key, value] of ctx.query) if (key.toLowerCase() === lower) return value;
  return undefined;
}

/** Binds `userId` like `[FromQuery] int userId`: absent → 0, garbage → ValidationProblemDetails. */
function bindUserId(ctx: RequestContext): number | undefined {
  const raw = queryValue(ctx, 'userId');
  if (raw === undefined || raw === '') return 0;
  const n = parseDotnetInt(raw);
  if (n === undefined) {
    sendValidationProblem(ctx.res, ctx.traceId, { userId: [`The value '${raw}' is not valid.`] });
  }
  return n;
}

async function parties(ctx: RequestContext): Promise<void> {
  const principal = await authenticate(ctx);
  if (!principal) return sendEmpty(ctx.res, 401);
  const userId = bindUserId(ctx);
  if (userId === undefined) return;
  if (userId === 0) return sendProblem(ctx.res, 404, ctx.traceId);
  if (userId !== principal.userId) return sendEmpty(ctx.res, 403);
  const list = ctx.env.store.partyList(userId);
  if (list.length === 0) return sendProblem(ctx.res, 404, ctx.traceId);
  sendJson(ctx.res, 200, list);
}

async function validateParty(ctx: RequestContext, [partyId = '0']: string[]): Promise<void> {
  const principal = await authenticate(ctx);
  if (!principal) return sendEmpty(ctx.res, 401);
  const userId = bindUserId(ctx);
  if (userId === undefined) return;
  sendJson(ctx.res, 200, ctx.env.store.readableParties(userId).has(Number(partyId)));
}

/** The user's own party in Register's shape, with the person or organisation filled in. */
function profileParty(ctx: RequestContext, partyId: number): JsonObject | null {
  const party = ctx.env.store.dataset.parties.get(partyId);
  if (!party) return null;
  const ssn = asString(party['ssn']);
  const orgNumber = asString(party['orgNumber']);
  return {
    ...party,
    person: (ssn && ctx.env.store.dataset.persons.get(ssn)) || party['person'] || null,
    organization:
      (orgNumber && ctx.env.store.dataset.organizations.get(orgNumber)) || party['organization'] || null,
  };
}

async function currentUser(ctx: RequestContext): Promise<void> {
  const principal = await authenticate(ctx);
  if (!principal) return sendEmpty(ctx.res, 401);
  // `[Consumes("application/json")]` on the controller: a non-JSON Content-Type is refused.
  const contentType = ctx.req.headers['content-type'];
  if (contentType && !/^application\/([\w.+-]*\+)?json\b/i.test(contentType)) {
    return sendProblem(ctx.res, 415, ctx.traceId);
  }
  if (ctx.env.settings.profileRefused) return sendEmpty(ctx.res, 403);
  if (principal.userId === undefined) {
    return sendText(ctx.res, 400, 'Invalid request context. UserId must be provided in claims.');
  }
  const user = ctx.env.store.user(principal.userId);
  if (!user) return sendProblem(ctx.res, 404, ctx.traceId);
  sendJson(ctx.res, 200, {
    userId: user.userId,
    userUuid: null,
    userName: user.userName,
    externalIdentity: '',
    isReserved: false,
    phoneNumber: user.phoneNumber,
    email: user.email,
    partyId: user.partyId,
    party: profileParty(ctx, user.partyId),
    userType: user.userType,
    profileSettingPreference: {
      language: user.language,
      preSelectedPartyId: 0,
      doNotPromptForParty: user.doNotPromptForParty,
      preselectedPartyUuid: null,
      showClientUnits: false,
      shouldShowSubEntities: false,
      shouldShowDeletedEntities: false,
    },
  });
}

export const partyRoutes: Route[] = [
  route('GET', '/authorization/api/v1/parties', parties),
  route('GET', '/authorization/api/v1/parties/{int}/validate', validateParty),
  route('GET', '/profile/api/v1/users/current', currentUser),
];
