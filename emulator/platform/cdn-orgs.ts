import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

import type { LoadedDataset } from '../store/model.ts';
import { sendEmpty } from './http.ts';

/**
 * A stand-in for Altinn's CDN file https://altinncdn.no/orgs/altinn-orgs.json, served on the
 * platform origin at the same path (outside every platform path). It is not a platform service:
 * no token, and like a CDN it answers GET and HEAD with validators so browsers can revalidate.
 */
export const orgsPath = '/orgs/altinn-orgs.json';

/**
 * The real CDN's max-age is not something the app may rely on; ours is short so that a dataset
 * swap shows up within a minute even in a browser that already has the file.
 */
const cacheControl = 'public, max-age=60';

interface OrgsFile {
  body: Buffer;
  etag: string;
  lastModified: string;
}

// One serialisation per loaded dataset: the file changes only when the dataset is replaced.
const files = new WeakMap<LoadedDataset, OrgsFile>();

function orgsFile(dataset: LoadedDataset): OrgsFile {
  const cached = files.get(dataset);
  if (cached) return cached;
  const body = Buffer.from(JSON.stringify({ orgs: dataset.orgs }));
  const file: OrgsFile = {
    body,
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
    lastModified: new Date().toUTCString(),
  };
  files.set(dataset, file);
  return file;
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}

/** Serves the orgs file for a request to `orgsPath` (any query string is ignored, as a CDN does). */
export function serveOrgs(req: IncomingMessage, res: ServerResponse, method: string, dataset: LoadedDataset) {
  if (method !== 'GET' && method !== 'HEAD') return sendEmpty(res, 405, { Allow: 'GET, HEAD' });
  const file = orgsFile(dataset);
  const headers: Record<string, string | number> = {
    'Cache-Control': cacheControl,
    ETag: file.etag,
    'Last-Modified': file.lastModified,
    // Altinn apps fetch this file from altinncdn.no cross-origin in the browser, so the CDN allows any origin.
    'Access-Control-Allow-Origin': '*',
  };
  if (matchesEtag(req.headers['if-none-match'], file.etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, {
    ...headers,
    'Content-Type': 'application/json',
    'Content-Length': file.body.length,
  });
  res.end(method === 'HEAD' ? undefined : file.body);
}
