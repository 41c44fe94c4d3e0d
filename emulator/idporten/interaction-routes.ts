import type { IncomingMessage, ServerResponse } from 'node:http';

import type Provider from 'oidc-provider';
import type { Interaction } from 'oidc-provider';

import { TEST_AMR, isAcr, requiredAcr } from './acr.ts';
import { ALTINN_RESOURCE, loginLocaleKey, rememberBounded, type TokenFacts } from './configuration.ts';
import { BodyTooLarge, isFormPost, readBody, sendHtml } from './http-util.ts';
import { errorPage, loginPage, type LoginError } from './pages.ts';
import { isPid, type SubjectRegistry } from './subjects.ts';
import { pickLanguage, type PageLanguage } from './texts.ts';
import type { Acr, IdPortenOptions } from './types.ts';

export interface InteractionDeps {
  provider: Provider;
  options: IdPortenOptions;
  subjects: SubjectRegistry;
  facts: TokenFacts;
}

const INTERACTION_PATH = /^\/interaction\/([A-Za-z0-9_-]{1,64})(\/login)?$/;

/** Whether a path belongs to the login interaction (handled here, not by oidc-provider). */
export function matchInteraction(pathname: string): { uid: string; login: boolean } | undefined {
  const match = INTERACTION_PATH.exec(pathname);
  if (!match?.[1]) return undefined;
  return { uid: match[1], login: match[2] !== undefined };
}

async function details(
  deps: InteractionDeps,
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
): Promise<Interaction | undefined> {
  try {
    const interaction = await deps.provider.interactionDetails(req, res);
    return interaction.uid === uid ? interaction : undefined;
  } catch {
    // No interaction cookie, an expired interaction, or a uid from another browser.
    return undefined;
  }
}

function selectedAcrFor(interaction: Interaction): Acr {
  const fromPrompt = interaction.prompt.details.acr;
  return isAcr(fromPrompt) ? fromPrompt : requiredAcr(interaction.params.acr_values);
}

function sessionGone(res: ServerResponse, language: PageLanguage): void {
  sendHtml(
    res,
    400,
    errorPage(language, 'session_not_found', 'The login session has expired or is not valid.'),
  );
}

/** First-party client: grant what the consent prompt says is missing, without asking. */
async function finishConsent(
  deps: InteractionDeps,
  req: IncomingMessage,
  res: ServerResponse,
  interaction: Interaction,
): Promise<void> {
  const { Grant } = deps.provider;
  const accountId = interaction.session?.accountId;
  const clientId = String(interaction.params.client_id ?? deps.options.clientId);
  const existing = interaction.grantId ? await Grant.find(interaction.grantId) : undefined;
  const grant = existing ?? new Grant({ accountId, clientId });
  const missing = interaction.prompt.details;
  if (Array.isArray(missing.missingOIDCScope)) grant.addOIDCScope(missing.missingOIDCScope.map(String));
  if (Array.isArray(missing.missingOIDCClaims)) grant.addOIDCClaims(missing.missingOIDCClaims.map(String));
  const resourceScopes = missing.missingResourceScopes;
  if (resourceScopes && typeof resourceScopes === 'object') {
    for (const [resource, scopes] of Object.entries(resourceScopes)) {
      if (resource === ALTINN_RESOURCE && Array.isArray(scopes))
        grant.addResourceScope(resource, scopes.map(String));
    }
  }
  const grantId = await grant.save();
  await deps.provider.interactionFinished(
    req,
    res,
    { consent: { grantId } },
    { mergeWithLastSubmission: true },
  );
}

export async function showInteraction(
  deps: InteractionDeps,
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
  url: URL,
): Promise<void> {
  const interaction = await details(deps, req, res, uid);
  const explicit = url.searchParams.get('lang');
  if (!interaction) return sessionGone(res, pickLanguage(explicit, undefined));
  if (interaction.prompt.name === 'consent') return finishConsent(deps, req, res, interaction);
  const language = pickLanguage(explicit, interaction.params.ui_locales);
  sendHtml(
    res,
    200,
    loginPage({ language, uid, persons: deps.options.persons(), selectedAcr: selectedAcrFor(interaction) }),
  );
}

export async function submitLogin(
  deps: InteractionDeps,
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
): Promise<void> {
  let form: URLSearchParams;
  try {
    form = new URLSearchParams(isFormPost(req) ? (await readBody(req)).toString('utf8') : '');
  } catch (error) {
    const status = error instanceof BodyTooLarge ? 413 : 400;
    return sendHtml(res, status, errorPage('nb', 'invalid_request', 'The form could not be read.'));
  }

  const interaction = await details(deps, req, res, uid);
  const language = pickLanguage(form.get('lang'), interaction?.params.ui_locales);
  if (!interaction || interaction.prompt.name !== 'login') return sessionGone(res, language);

  const persons = deps.options.persons();
  const chosenAcr = form.get('acr');
  const typed = (form.get('pid') ?? '').replace(/\s+/g, '');
  const rejectWith = (error: LoginError): void =>
    sendHtml(
      res,
      400,
      loginPage({
        language,
        uid,
        persons,
        selectedAcr: isAcr(chosenAcr) ? chosenAcr : selectedAcrFor(interaction),
        error,
        // Echo only what could be a number, and only into the form (never a URL).
        typedPid: typed.slice(0, 32),
      }),
    );

  if (!isAcr(chosenAcr)) return rejectWith('level');
  const person = form.get('person');
  let pid: string;
  if (person !== null) {
    if (!isPid(person) || !persons.some((p) => p.pid === person)) return rejectWith('person');
    pid = person;
  } else {
    if (!isPid(typed)) return rejectWith('pid');
    pid = typed;
  }

  const accountId = deps.subjects.subjectFor(pid);
  const ts = Math.floor(Date.now() / 1000);
  rememberBounded(deps.facts.loginLocales, loginLocaleKey(accountId, ts), language);
  await deps.provider.interactionFinished(
    req,
    res,
    // remember: false keeps the SSO cookie a browser-session cookie; its server-side lifetime still applies.
    { login: { accountId, acr: chosenAcr, amr: [...TEST_AMR], ts, remember: false } },
    { mergeWithLastSubmission: false },
  );
}
