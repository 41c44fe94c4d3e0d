import { appId, apps } from './lib/apps.ts';
import type { InstanceIndexEntry } from './default-dataset.ts';
import { REFERENCE_TIME } from './default-dataset.ts';
import { users } from './lib/default-people.ts';
import type { InstanceKind } from './lib/instance-kinds.ts';
import { flattenPartyList } from './lib/parties.ts';
import { serviceOwners } from './lib/service-owners.ts';
import { isoTime } from './lib/time.ts';

/** What each kind of instance shows, for the e2e authors picking test data. */
const kindMeaning: Record<InstanceKind, string> = {
  draft: 'in progress in the first visible data task, read',
  'draft-due-soon': 'data task, unread, due in 2 days',
  'draft-overdue': 'data task, read, due 5 days ago (SSB ones carry substatus "purring")',
  'draft-due-far': 'data task, due in 55-90 days',
  'new-unread':
    'created (prefilled) by the service owner a few days ago, unread; inntektsmelding has substatus "forespurt"',
  'visible-tomorrow': 'created by the service owner, `visibleAfter` = tomorrow (must not show yet)',
  'visible-next-week': 'as above, `visibleAfter` in 6 days',
  confirmation: 'current task is a confirmation task',
  signing: 'current task is a signing task, UpdatedSinceLastReview',
  payment: 'current task is a payment task (brg/samordnet-registermelding)',
  feedback: 'current task is a feedback task; the service owner has added an unread letter; substatus set',
  'hidden-always': 'ttd/systemtest: `messageBoxConfig.hideSettings.hideAlways` - must never show',
  'hidden-on-task': 'ssb/ra0678-varehandel in Task_1, which `hideOnTask` hides - must not show',
  coworker: 'data task, saved by another user (events by two users)',
  'scan-pending': 'in progress, one attachment with fileScanResult Pending',
  'scan-infected': 'in progress, one attachment with fileScanResult Infected',
  level4: 'dat/avviksmelding in progress: its policy requires authentication level 4',
  'level4-archived': 'dat/avviksmelding archived: level 4 only',
  archived: 'archived with receipt PDF (ref-data-as-pdf), 0-2 attachments',
  'archived-unread': 'archived, unread (receipt isRead false)',
  'archived-updated': 'archived, substatus set afterwards by the service owner, UpdatedSinceLastReview',
  'archived-rich':
    'archived with every attachment kind its app allows (PDF, PNG, JPEG, TXT, DOCX), 2-page receipt',
  'archived-recent':
    'archived 2 days ago in an app with preventInstanceDeletionForDays: delete must be refused (403)',
  'archived-confirmed': 'archived, with completeConfirmations by the service owner (ConfirmedComplete event)',
  'archived-old': 'archived 200-420 days ago',
  deleted: 'soft-deleted while in progress (in the bin)',
  'deleted-archived': 'soft-deleted after archiving (in the bin)',
  restored: 'archived, deleted and restored again (Deleted + Undeleted events)',
  'hard-deleted': 'hard-deleted: must never be returned to a user',
};

const userPurpose: Record<number, string> = {
  1337: 'represents many organisations: DDG Fitness AS with three subunits, EAS Health Consulting and more, a deleted org (Saltverket Design AS) and Salt Holding AS (`onlyHierarchyElementWithNoAccess`) whose two subunits she may read; her own party covers every state',
  12345: 'represents only himself; a full personal inbox',
  1001: 'himself and DDG Fitness AS (without subunits); co-signer on DDG instances',
  1002: 'herself and DDG Fitness AS (without subunits)',
  1003: 'represents only himself and has an empty inbox (no instances)',
  1004: 'self-identified user without an identity number: cannot log in through ID-porten (kept from localtest)',
  20001: 'represents her father Per Nordmann (a person party, 520002); profile language English',
  20003:
    'accountant: her own party, her firm Tall og Tid Regnskap AS and 40 clients (companies, some with branches, 4 persons, 2 deleted)',
};

const row = (cells: (string | number)[]): string => `| ${cells.join(' | ')} |`;

export function aboutMarkdown(index: InstanceIndexEntry[]): string {
  const parties = new Map<number, string>();
  for (const u of users)
    for (const e of flattenPartyList(u.partyList)) parties.set(e.party.partyId, e.party.name);

  const personRows = users.map((u) =>
    row([
      u.party.name,
      u.userId,
      u.party.partyId,
      u.party.ssn ?? '-',
      flattenPartyList(u.partyList).length,
      u.language,
      userPurpose[u.userId] ?? '',
    ]),
  );
  const appRows = apps.map((a) => {
    const special: string[] = [];
    if (a.hideSettings?.hideAlways) special.push('hideAlways');
    if (a.hideSettings?.hideOnTask) special.push(`hideOnTask ${a.hideSettings.hideOnTask.join(', ')}`);
    if (a.preventInstanceDeletionForDays)
      special.push(`preventInstanceDeletionForDays ${a.preventInstanceDeletionForDays}`);
    if (a.minimumAuthenticationLevel >= 4) special.push('level 4 (policy obligation)');
    const who = [a.forPersons ? 'persons' : '', a.forOrganisations ? 'organisations' : '']
      .filter(Boolean)
      .join(', ');
    return row([
      `\`${appId(a)}\``,
      a.title.nb,
      a.tasks.map((t) => `${t.id} ${t.type}`).join(', '),
      who,
      special.join('; ') || '-',
    ]);
  });
  const ownerRows = Object.entries(serviceOwners).map(([org, o]) =>
    row([`\`${org}\``, o.name.nb, o.name.en, o.orgnr]),
  );
  const kindRows = (Object.keys(kindMeaning) as InstanceKind[]).map((k) =>
    row([`\`${k}\``, kindMeaning[k], index.filter((e) => e.kind === k).length]),
  );

  const byParty = new Map<number, InstanceIndexEntry[]>();
  for (const e of index) byParty.set(e.partyId, [...(byParty.get(e.partyId) ?? []), e]);
  const summary = (entries: InstanceIndexEntry[]): string => {
    const count = (folder: InstanceIndexEntry['folder'], level4?: boolean): number =>
      entries.filter((e) => e.folder === folder && (level4 === undefined || e.level4 === level4)).length;
    const withLevel4 = (folder: 'inbox' | 'archive'): string => {
      const extra = count(folder, true);
      return `${folder} ${count(folder, false)}${extra > 0 ? ` (+${extra} at level 4)` : ''}`;
    };
    return [
      withLevel4('inbox'),
      withLevel4('archive'),
      `bin ${count('bin')}`,
      `hidden by hideSettings ${count('hidden')}`,
      `visible later ${count('later')}`,
      `hard-deleted ${count('gone')}`,
    ].join(', ');
  };
  const instanceSections = [...byParty.entries()].map(([partyId, entries]) =>
    [
      `### ${partyId} ${parties.get(partyId) ?? ''}`,
      '',
      `${summary(entries)}.`,
      '',
      row(['kind', 'where', 'app', 'instance id']),
      row(['---', '---', '---', '---']),
      ...entries.map((e) =>
        row([
          `\`${e.kind}\``,
          `${e.folder}${e.level4 ? ' (level 4)' : ''}`,
          `\`${e.appId}\``,
          `\`${partyId}/${e.guid}\``,
        ]),
      ),
      '',
    ].join('\n'),
  );

  return `# The default dataset

Generated by \`npx tsx emulator/datasets/build-default.ts\` from \`emulator/datasets/default-dataset.ts\`
(this file too). Do not edit by hand: change the script and rebuild; rebuilding gives identical bytes.
The layout is the one fixed in \`emulator/README.md\`.

- \`storage/dataset.json\` declares \`referenceTime\` = \`${isoTime(REFERENCE_TIME)}\`. Every date in the
  instances and events was written relative to it, so once the loader shifts dates by (load time −
  referenceTime), "due in 2 days", "overdue by 5 days" and "visible tomorrow" are true whenever the
  emulator starts. Dates printed inside the PDF files are not shifted.
- Identity numbers: the localtest ones are kept as they are; new persons have synthetic numbers
  (birth month + 80, valid check digits). New organisation numbers start with 3 (real ones start
  with 8 or 9) and have a valid check digit. None of them belongs to a real person or company.
- ${index.length} instances over ${byParty.size} parties, ${apps.length} apps from ${Object.keys(serviceOwners).length} service owners.

## Test persons

${row(['name', 'userId', 'partyId', 'pid (synthetic)', 'parties in list', 'language', 'what for'])}
${row(['---', '---', '---', '---', '---', '---', '---'])}
${personRows.join('\n')}

Log in as any of them except 1004. Someone else, Henrik Salt (userId 20004, no login), appears in
event histories on EAS Health Consulting and Salt Holding. Salt Holding AS (501000) itself has two
instances Sophie must **not** see (she only reaches its subunits 501001 and 501002).

## Service owners (\`storage/orgs.json\`)

${row(['org', 'name (nb)', 'name (en)', 'orgnr'])}
${row(['---', '---', '---', '---'])}
${ownerRows.join('\n')}

## Apps

${row(['app', 'title (nb)', 'process', 'for', 'message box specials'])}
${row(['---', '---', '---', '---', '---'])}
${appRows.join('\n')}

Every app has \`title\` in nb/nn/en and \`texts/{nb,nn,en}.json\` with these keys: \`appName\`,
\`ServiceName\`, \`substatus.{key}.label\` and \`substatus.{key}.description\` for every substatus the
instances use, \`datatype.{dataTypeId}\` for the form data, the receipt (\`datatype.ref-data-as-pdf\`), each
attachment type and feedback letters,
\`task.{taskId}\` for the process steps, plus \`receipt.title\`. Attachment data
types also carry \`description\` in nb/nn/en in the metadata. Policies: every app has a short
\`policy.xml\` whose obligation \`urn:altinn:minimum-authenticationlevel\` is 3 (2 for ttd/systemtest,
**4 for dat/avviksmelding**).

## Data files

\`storage/instances/{partyId}/{guid}/data/{dataGuid}\` holds the bytes, with **no file name
extension** (the data element's \`contentType\` and \`filename\` say what it is). They are real files:
PDF receipts and letters (open in any reader), XML form data, JSON form data (skd/mva-melding),
PNG and JPEG images, UTF-8 text and .docx documents. \`size\` and \`contentHash\` (base64 MD5) match
the bytes. Some file names are non-ASCII (\`Søknad om dagpenger.pdf\`) or contain spaces, to exercise
\`Content-Disposition\` with \`filename*\`. fileScanResult values used: Clean (scanned attachment
types), NotApplicable (form data, receipts, unscanned types), Pending, Infected.

## Instance kinds

${row(['kind', 'what it exercises', 'count'])}
${row(['---', '---', '---'])}
${kindRows.join('\n')}

Events follow Storage's event types: \`Created\` (instance, and each data element with \`dataId\`),
\`process_StartEvent\`, \`process_StartTask\`, \`Saved\`, \`Signed\`, \`SentToPayment\`,
\`process_EndTask\`, \`process_EndEvent\`, \`Submited\` (sic), \`SubstatusUpdated\` and
\`ConfirmedComplete\` (by the service owner, \`user.orgId\`), \`Deleted\`, \`Undeleted\`. \`user\` is a
PlatformUser (\`userId\`, \`authenticationLevel\`, \`nationalIdentityNumber\`, or \`orgId\` for the
service owner).

## How the layout was read

Where \`emulator/README.md\` leaves room, the files follow what Storage itself stores and returns:

- \`visibleAfter\` is present on every instance (Storage sets it to the creation time when the
  creator gives none); \`dueBefore\` is kept on archived and deleted instances (only the sbl API
  blanks it).
- \`createdBy\`/\`lastChangedBy\` are the user id as a string, or the service owner's organisation
  number when the service owner acted; \`instanceOwner\` carries \`personNumber\` or
  \`organisationNumber\` next to the string \`partyId\`.
- \`status\` always has \`isArchived\`, \`isSoftDeleted\`, \`isHardDeleted\` and \`readStatus\`;
  \`substatus.description\` is written as \`null\` when there is only a label (Substatus does not omit
  nulls). Hard-deleted instances are in the files; the platform must never return them to a user.
- \`events.json\` is sorted by \`created\`. Process events carry \`processInfo\`; data-element events
  carry \`dataId\`.
- Party lists use localtest's shape (string ids, \`organisation\`, nested \`childParties\`); subunits
  have \`partyTypeName\` 2 and \`unitType\` \`BEDR\`, as localtest writes them. \`Register/Org\` files for
  the localtest organisations are regenerated (same numbers and names, invented contact details); no
  \`authorization/roles\` files are written (optional in the layout).

## Instances by party

"where" is what the app should show at the reference time (and so, after the loader's shift, at
any time): **inbox** = not archived, not deleted, \`visibleAfter\` passed and not hidden by the app's
\`messageBoxConfig.hideSettings\`; **archive** = archived and not deleted; **bin** = soft-deleted;
**hidden** = hidden by hideSettings; **later** = \`visibleAfter\` in the future; **gone** =
hard-deleted (never returned to users). "level 4" instances are invisible to a level-3
(substantial) login. Storage itself filters only hard-deleted and level-4 instances; the rest is
the app's job.

${instanceSections.join('\n')}`;
}
