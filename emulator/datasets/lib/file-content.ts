import type { AppDefinition } from './apps.ts';
import { appId } from './apps.ts';
import type { ContentProvider, FileRequest } from './instance-builder.ts';
import { writeJpeg } from './jpeg.ts';
import { writePdf } from './pdf.ts';
import { writePng } from './png.ts';
import { mixSeed } from './prng.ts';
import { serviceOwners } from './service-owners.ts';
import { writeDocx } from './zip.ts';

/**
 * Real files for each data element: receipts and letters as PDF, form data as XML or JSON,
 * attachments as PDF, PNG, JPEG, plain text or .docx. The default dataset calls `perInstanceContent`
 * (every receipt names its own instance); the generator uses `sharedContent`, which builds one file
 * per app and kind and hands out the same Buffer again.
 */

const norwegianDate = (iso: string): string => {
  const d = new Date(iso);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} kl. ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
};

function seedOf(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  return mixSeed(h);
}

function modelXml(app: AppDefinition, ownerName: string, presentation: string | undefined): Buffer {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const root = app.model.root;
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<${root} xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <avgiver>
    <navn>${esc(ownerName)}</navn>
  </avgiver>
  <tjeneste>${esc(appId(app))}</tjeneste>
  <beskrivelse>${esc(presentation ?? app.title.nb)}</beskrivelse>
  <bekreftet>true</bekreftet>
</${root}>
`;
  return Buffer.from(xml, 'utf8');
}

function modelJson(
  app: AppDefinition,
  ownerName: string,
  presentation: string | undefined,
  seed: number,
): Buffer {
  const amount = 10_000 + (seed % 90_000);
  const body = {
    [app.model.root]: {
      innsending: {
        regnskapssystemsreferanse: `INNB-${(seed % 100000).toString().padStart(5, '0')}`,
        system: 'Innboks testdata',
      },
      skattegrunnlagOgBeregnetSkatt: {
        skattleggingsperiode: presentation ?? 'termin',
        fastsattMerverdiavgift: amount,
        mvaSpesifikasjonslinje: [
          { mvaKode: '3', grunnlag: amount * 4, sats: 25, merverdiavgift: amount },
          { mvaKode: '1', merverdiavgift: -Math.round(amount / 5) },
        ],
      },
      skattepliktig: { navn: ownerName },
    },
  };
  return Buffer.from(`${JSON.stringify(body, null, 2)}\n`, 'utf8');
}

function receiptPdf(req: FileRequest, withDetails: boolean): Buffer {
  const { spec } = req;
  const app = spec.app;
  const owner = serviceOwners[app.org]?.name.nb ?? app.org;
  const created = new Date(spec.created).toISOString();
  const lines = [
    'Kvittering for innsendt skjema',
    '',
    `Avgiver: ${spec.owner.name}`,
    `Tjeneste: ${app.title.nb}`,
    `Tjenesteeier: ${owner}`,
    `Referansenummer: ${spec.guid.slice(-12)}`,
    `Opprettet: ${norwegianDate(created)}`,
  ];
  if (spec.presentationText) lines.push(`Gjelder: ${spec.presentationText}`);
  lines.push('', 'Ta vare på denne kvitteringen.');
  const pages = [{ heading: app.title.nb, lines }];
  if (withDetails) {
    pages.push({
      heading: 'Vedlegg til kvitteringen',
      lines: spec.attachments.map((a, i) => `${i + 1}. ${a.type.description.nb} (${a.kind.toUpperCase()})`),
    });
  }
  return writePdf({ title: `Kvittering – ${app.title.nb}`, creationDate: 'D:20261127120000Z', pages });
}

function letterPdf(req: FileRequest): Buffer {
  const { spec } = req;
  const owner = serviceOwners[spec.app.org]?.name.nb ?? spec.app.org;
  return writePdf({
    title: req.filename,
    creationDate: 'D:20261127120000Z',
    pages: [
      {
        heading: spec.app.feedbackDocument?.description.nb ?? 'Brev',
        lines: [
          `Til: ${spec.owner.name}`,
          `Fra: ${owner}`,
          `Saksreferanse: ${spec.guid.slice(0, 8)}`,
          '',
          'Vi har behandlet saken din. Begrunnelsen følger nedenfor.',
          'Du kan klage innen seks uker fra du mottok dette brevet.',
        ],
      },
    ],
  });
}

function attachmentPdf(req: FileRequest): Buffer {
  return writePdf({
    title: req.filename,
    creationDate: 'D:20261127120000Z',
    pages: [
      {
        heading: req.filename,
        lines: [`Vedlegg fra ${req.spec.owner.name}`, 'Skannet dokument, side 1 av 1.'],
      },
    ],
  });
}

function attachmentPng(seed: number): Buffer {
  const hue = seed % 3;
  return writePng(64, 48, (x, y) => {
    const a = (x * 4 + (seed % 64)) & 0xff;
    const b = (y * 5 + ((seed >>> 8) % 64)) & 0xff;
    return hue === 0 ? [a, b, 160] : hue === 1 ? [200, a, b] : [b, 140, a];
  });
}

function attachmentJpeg(seed: number): Buffer {
  return writeJpeg(8, 6, (bx, by) => 40 + ((bx * 23 + by * 31 + seed) % 180));
}

function attachmentText(req: FileRequest): Buffer {
  return Buffer.from(
    `${req.filename}\n\nSkrevet av ${req.spec.owner.name}.\nGjelder ${req.spec.app.title.nb}.\nÆ Ø Å æ ø å – teksten er UTF-8.\n`,
    'utf8',
  );
}

export const perInstanceContent: ContentProvider = (req) => {
  const seed = seedOf(req.dataGuid);
  const { spec } = req;
  switch (req.role) {
    case 'model':
      return req.kind === 'json'
        ? modelJson(spec.app, spec.owner.name, spec.presentationText, seed)
        : modelXml(spec.app, spec.owner.name, spec.presentationText);
    case 'receipt':
      return receiptPdf(req, spec.attachments.length >= 3);
    case 'feedback':
      return letterPdf(req);
    case 'attachment':
      switch (req.kind) {
        case 'pdf':
          return attachmentPdf(req);
        case 'png':
          return attachmentPng(seed);
        case 'jpeg':
          return attachmentJpeg(seed);
        case 'docx':
          return writeDocx([
            req.filename,
            `Utarbeidet for ${spec.owner.name}.`,
            'Styrets beslutning er enstemmig.',
          ]);
        case 'json':
          return Buffer.from(`${JSON.stringify({ fil: req.filename, avgiver: spec.owner.name })}\n`, 'utf8');
        case 'xml':
          return modelXml(spec.app, spec.owner.name, req.filename);
        case 'txt':
          return attachmentText(req);
      }
  }
  throw new Error(`no content for ${req.role}/${req.kind}`);
};

/**
 * One file per (app, role, kind): enough realism for scale tests, without per-instance work. The
 * file must not depend on which instance asked first, so every per-instance input is replaced by a
 * constant before the bytes are made.
 */
export function sharedContent(): ContentProvider {
  const cache = new Map<string, Buffer>();
  return (req) => {
    const key = `${req.spec.app.org}/${req.spec.app.app}/${req.role}/${req.kind}`;
    let bytes = cache.get(key);
    if (!bytes) {
      const { spec } = req;
      bytes = perInstanceContent({
        role: req.role,
        kind: req.kind,
        dataGuid: key,
        filename:
          req.role === 'feedback'
            ? (spec.app.feedbackDocument?.filename ?? 'brev.pdf')
            : `vedlegg.${req.kind}`,
        spec: {
          ...spec,
          guid: '00000000-0000-4000-8000-000000000000',
          created: Date.UTC(2026, 0, 1),
          attachments: [],
          owner: { ...spec.owner, name: 'Mottaker' },
          presentationText: undefined,
        },
      });
      cache.set(key, bytes);
    }
    return bytes;
  };
}
