import { Readable } from 'node:stream';

import type { JsonObject } from '../store/json.ts';
import { asString } from '../store/json.ts';
import type { InstanceRecord } from '../store/model.ts';
import type { BlobRef } from '../store/source.ts';
import type { RequestContext } from './context.ts';

/** The bytes of a data element: any file named `{dataGuid}` or `{dataGuid}.{ext}`; missing → empty. */
function findBlob(ctx: RequestContext, record: InstanceRecord, dataGuid: string): BlobRef {
  const source = ctx.env.store.dataset.source;
  const dir = `storage/instances/${record.partyId}/${record.guid}/data`;
  const names = source.list(dir);
  const name =
    names.find((entry) => entry.toLowerCase() === dataGuid) ??
    names.find((entry) => entry.toLowerCase().startsWith(`${dataGuid}.`)) ??
    dataGuid;
  return source.blob(`${dir}/${name}`) ?? { size: 0, open: () => Readable.from([]) };
}

/** RFC 7230 token characters: what .NET leaves unquoted and unescaped in header parameters. */
const tokenChar = /^[A-Za-z0-9!#$%&'*+.^_`|~-]$/;

function encode5987(value: string): string {
  let out = '';
  for (const char of value) {
    if (tokenChar.test(char) && char !== '*' && char !== "'" && char !== '%') {
      out += char;
    } else {
      for (const byte of Buffer.from(char, 'utf8'))
        out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
  }
  return out;
}

/**
 * ASP.NET's `File(stream, type, name)` (ContentDispositionHeaderValue.SetHttpFileName): `filename`
 * with non-ASCII replaced by `_` and quoted unless it is a token, plus `filename*` in RFC 5987 form.
 */
export function contentDisposition(filename: string, inline = false): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_');
  const isToken = [...ascii].every((char) => tokenChar.test(char));
  const plain = isToken ? ascii : `"${ascii.replace(/(["\\])/g, '\\$1')}"`;
  return `${inline ? 'inline' : 'attachment'}; filename=${plain}; filename*=UTF-8''${encode5987(filename)}`;
}

export async function streamBlob(
  ctx: RequestContext,
  record: InstanceRecord,
  element: JsonObject,
): Promise<void> {
  const blob = findBlob(ctx, record, String(element['id']).toLowerCase());
  const headers: Record<string, string | number> = {
    'Content-Type': asString(element['contentType']) ?? 'application/octet-stream',
    'Content-Length': blob.size,
  };
  const filename = asString(element['filename']);
  // Migrated Altinn 2 HTML main forms and on-demand elements are shown inline (DataController.Get).
  const inline =
    (record.appId.includes('/a2-') &&
      element['dataType'] === 'ref-data-as-pdf' &&
      element['contentType'] === 'text/html') ||
    (asString(element['blobStoragePath']) ?? '').startsWith('ondemand');
  if (filename) headers['Content-Disposition'] = contentDisposition(filename, inline);
  ctx.res.writeHead(200, headers);
  const stream = blob.open();
  const cutAt = ctx.dropMidBody ? Math.floor(blob.size / 2) : Infinity;
  let sent = 0;
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      stream.destroy();
      resolve();
    };
    ctx.res.on('close', stop);
    stream.on('error', () => {
      ctx.res.destroy();
      resolve();
    });
    stream.on('end', () => {
      ctx.res.end();
      resolve();
    });
    stream.on('data', (chunk: Buffer) => {
      if (sent + chunk.length >= cutAt) {
        // A `drop` fault: part of the body, then the connection goes away without a proper end.
        ctx.res.write(chunk.subarray(0, Math.max(0, cutAt - sent)), () => ctx.res.destroy());
        stream.destroy();
        resolve();
        return;
      }
      sent += chunk.length;
      if (!ctx.res.write(chunk)) {
        stream.pause();
        ctx.res.once('drain', () => stream.resume());
      }
    });
  });
}
