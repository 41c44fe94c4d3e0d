import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK, type JSONWebKeySet } from 'jose';
import Provider from 'oidc-provider';

import { buildConfiguration, redirectUrisFor, type TokenFacts } from './configuration.ts';
import { BodyTooLarge, isFormPost, readBody, securityHeaders, sendHtml, sendJson } from './http-util.ts';
import {
  matchInteraction,
  showInteraction,
  submitLogin,
  type InteractionDeps,
} from './interaction-routes.ts';
import { looksLikeJwt, revokeJwtAccessToken, type JwtRevocationDeps } from './jwt-revocation.ts';
import { MemoryStore } from './memory-adapter.ts';
import { mintTokens, type MintDeps } from './mint.ts';
import { LOGOUT_SCRIPT, LOGOUT_SCRIPT_PATH, errorPage } from './pages.ts';
import { checkRequiredAuthorizeParams } from './required-params.ts';
import { SubjectRegistry } from './subjects.ts';
import { pickLanguage } from './texts.ts';
import type { IdPorten, IdPortenOptions } from './types.ts';

export { MintError } from './mint.ts';

/** Endpoints whose CORS oidc-provider decides per client; their preflights are checked here too. */
const CLIENT_CORS_PATHS = new Set(['/token', '/revoke', '/userinfo']);

interface SigningKeys {
  privateJwk: JWK;
  publicJwk: JWK;
}

async function generateSigningKeys(): Promise<SigningKeys> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  // A kid derived from the key itself: a restarted emulator has a new kid, so verifiers that cache
  // keys by kid fetch the new key instead of failing on the old one.
  const kid = await calculateJwkThumbprint(publicJwk);
  const meta = { kid, alg: 'RS256', use: 'sig' };
  return { privateJwk: { ...(await exportJWK(privateKey)), ...meta }, publicJwk: { ...publicJwk, ...meta } };
}

/**
 * The ID-porten stand-in: oidc-provider with ID-porten's endpoints, claims and rules, our TestID-like
 * login page, and the control hooks the emulator needs (`mint`, `reset`).
 */
export async function createIdPorten(options: IdPortenOptions): Promise<IdPorten> {
  const issuer = options.issuer.replace(/\/+$/, '');
  const keys = await generateSigningKeys();
  const store = new MemoryStore();
  const subjects = new SubjectRegistry();
  const facts: TokenFacts = { loginLocales: new Map(), minted: new WeakMap(), grantByJti: new Map() };

  const provider = new Provider(
    issuer,
    buildConfiguration({
      options,
      store,
      subjects,
      facts,
      signingKey: keys.privateJwk,
      cookieKeys: [randomBytes(32).toString('base64url')],
    }),
  );
  provider.on('server_error', (_ctx, error) => {
    // Message only: the error context may hold request parameters (tokens, codes).
    console.error(`[idporten] server error: ${error.message}`);
  });

  const callback = provider.callback();
  const interactionDeps: InteractionDeps = { provider, options, subjects, facts };
  const revocationDeps: JwtRevocationDeps = {
    provider,
    clientId: options.clientId,
    appOrigins: options.appOrigins,
    publicKey: keys.publicJwk,
    grantByJti: facts.grantByJti,
  };
  const mintDeps: MintDeps = { provider, options, subjects, facts };
  const headers = securityHeaders(options.appOrigins);
  const redirectUris = redirectUrisFor(options.appOrigins);

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    const url = new URL(req.url ?? '/', issuer);
    const method = req.method ?? 'GET';

    if (url.pathname === LOGOUT_SCRIPT_PATH && (method === 'GET' || method === 'HEAD')) {
      res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
      res.setHeader('Cache-Control', 'no-cache');
      res.end(method === 'HEAD' ? undefined : LOGOUT_SCRIPT);
      return;
    }

    if (url.pathname === '/favicon.ico') {
      // Browsers ask for it on every page; an empty answer keeps e2e consoles free of 404 noise.
      res.statusCode = 204;
      res.end();
      return;
    }

    const interaction = matchInteraction(url.pathname);
    if (interaction) {
      if (!interaction.login && method === 'GET')
        return showInteraction(interactionDeps, req, res, interaction.uid, url);
      if (interaction.login && method === 'POST')
        return submitLogin(interactionDeps, req, res, interaction.uid);
      res.setHeader('Allow', interaction.login ? 'POST' : 'GET');
      return sendHtml(res, 405, errorPage('nb', 'method_not_allowed'));
    }

    if (method === 'GET' && url.pathname === '/authorize') {
      const outcome = checkRequiredAuthorizeParams(url.searchParams, options.clientId, redirectUris, issuer);
      if (outcome.kind === 'redirect') {
        res.statusCode = 303;
        res.setHeader('Location', outcome.location);
        res.end();
        return;
      }
      if (outcome.kind === 'page') {
        const language = pickLanguage(undefined, url.searchParams.get('ui_locales'));
        return sendHtml(res, 400, errorPage(language, 'invalid_request', outcome.description));
      }
    }

    // oidc-provider answers every CORS preflight with the caller's origin and only checks the client
    // on the real request; refusing foreign preflights here keeps the allow-list visible to browsers.
    if (method === 'OPTIONS' && CLIENT_CORS_PATHS.has(url.pathname)) {
      const origin = req.headers.origin;
      if (origin !== undefined && !options.appOrigins.includes(origin)) {
        res.statusCode = 403;
        res.setHeader('Vary', 'Origin');
        res.end();
        return;
      }
    }

    if (method === 'POST' && url.pathname === '/revoke' && isFormPost(req)) {
      let body: Buffer;
      try {
        body = await readBody(req, 56 * 1024);
      } catch (error) {
        const status = error instanceof BodyTooLarge ? 413 : 400;
        return sendJson(res, status, {
          error: 'invalid_request',
          error_description: 'failed to parse the request body',
        });
      }
      const form = new URLSearchParams(body.toString('utf8'));
      const token = form.get('token');
      if (looksLikeJwt(token)) return revokeJwtAccessToken(revocationDeps, req, res, form, token);
      // Hand the already-read body on: oidc-provider reads `req.body` when the stream is consumed.
      Object.assign(req, { body });
    }

    // ID-porten prefers RP-initiated logout as a form POST, which keeps id_token_hint out of URLs and
    // history. oidc-provider only takes POST on end_session when its cookies are SameSite=None (and
    // so Secure), which plain-http loopback cannot have; the parameters are therefore handed to its GET
    // route inside this process. Nothing travels in a URL the browser or a log sees.
    if (method === 'POST' && url.pathname === '/logout' && isFormPost(req)) {
      let body: Buffer;
      try {
        body = await readBody(req);
      } catch (error) {
        const status = error instanceof BodyTooLarge ? 413 : 400;
        return sendHtml(res, status, errorPage('nb', 'invalid_request'));
      }
      const form = new URLSearchParams(body.toString('utf8'));
      Object.assign(req, { method: 'GET', url: `/logout?${form.toString()}` });
    }

    await callback(req, res);
  }

  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    route(req, res).catch((error: unknown) => {
      console.error(`[idporten] ${error instanceof Error ? error.message : 'unexpected error'}`);
      if (!res.headersSent) sendHtml(res, 500, errorPage('nb', 'server_error'));
      else res.destroy();
    });
  };

  return {
    issuer,
    publicJwks: (): JSONWebKeySet => ({ keys: [{ ...keys.publicJwk }] }),
    mint: (request) => mintTokens(mintDeps, request),
    reset: async () => {
      store.clear();
      facts.loginLocales.clear();
      facts.grantByJti.clear();
    },
    handler,
  };
}
