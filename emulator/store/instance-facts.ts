import { parseIso } from './dates.ts';
import type { JsonObject } from './json.ts';
import { asArray, asObject, asString, isObject } from './json.ts';
import type { InstanceRecord } from './model.ts';

/**
 * What the instance query filters on, read once per instance document and kept beside it. A
 * query over a 100,000-instance party tests every document; reading the same nested JSON fields,
 * parsing the same dates and lower-casing the same presentation texts on every query made a
 * `searchString` scan take ~0.45 s. The facts are kept on the record (a WeakMap or a symbol on
 * the document cost as much as the test itself) together with the document they were read from:
 * a change (read status, delete) gives the record a new document, so stale facts are never used.
 */
export interface InstanceFacts {
  /** The document these facts were read from. */
  doc: JsonObject;
  isArchived: boolean;
  isSoftDeleted: boolean;
  isHardDeleted: boolean;
  currentTask: string | undefined;
  hasCurrentTask: boolean;
  hasEnded: boolean;
  processEnded: string | undefined;
  confirmedBy: string[];
  /** ms since the epoch; undefined when missing or not a date (SQL NULL never matches). */
  createdMs: number | undefined;
  lastChangedMs: number | undefined;
  visibleAfter: string | undefined;
  dueBefore: string | undefined;
  /** Every presentation text value, lower-cased, separated by NUL (which no search can contain). */
  searchText: string;
  /** How many values `searchText` holds: with none, even `%` matches nothing (EXISTS over no rows). */
  textCount: number;
}

export const searchTextSeparator = '\u0000';

function ms(value: string | undefined): number | undefined {
  return value === undefined ? undefined : parseIso(value)?.ms;
}

export function instanceFacts(record: InstanceRecord): InstanceFacts {
  const doc = record.doc;
  const cached = record.facts;
  if (cached !== undefined && cached.doc === doc) return cached;
  const status = asObject(doc['status']);
  const process = asObject(doc['process']);
  const texts = Object.values(asObject(doc['presentationTexts'])).filter(
    (text): text is string => typeof text === 'string',
  );
  const facts: InstanceFacts = {
    doc,
    isArchived: status['isArchived'] === true,
    isSoftDeleted: status['isSoftDeleted'] === true,
    isHardDeleted: status['isHardDeleted'] === true,
    currentTask: asString(asObject(process['currentTask'])['elementId']),
    hasCurrentTask: isObject(process['currentTask']),
    hasEnded: process['ended'] !== undefined,
    processEnded: asString(process['ended']),
    confirmedBy: asArray(doc['completeConfirmations'])
      .filter(isObject)
      .map((c) => asString(c['stakeholderId']) ?? ''),
    createdMs: ms(asString(doc['created'])),
    lastChangedMs: ms(asString(doc['lastChanged'])),
    visibleAfter: asString(doc['visibleAfter']),
    dueBefore: asString(doc['dueBefore']),
    searchText: texts.map((text) => text.toLowerCase()).join(searchTextSeparator),
    textCount: texts.length,
  };
  record.facts = facts;
  return facts;
}
