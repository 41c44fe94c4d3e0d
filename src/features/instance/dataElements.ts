import type { AppDetail, DataElement } from '../../api/instance';

/**
 * How data elements are shown: grouped so the receipt (or the form as PDF) comes first, then
 * the form data, then attachments, each with a human name and a friendly type.
 */

export type DataGroup = 'receipt' | 'form' | 'attachment';

export type FileKind =
  'pdf' | 'xml' | 'json' | 'png' | 'jpeg' | 'image' | 'word' | 'excel' | 'text' | 'html' | 'zip' | 'other';

export interface ShownDataElement {
  element: DataElement;
  group: DataGroup;
  name: string;
  kind: FileKind;
}

const RECEIPT_DATA_TYPE = 'ref-data-as-pdf';

function baseType(contentType: string): string {
  return (contentType.split(';')[0] ?? '').trim().toLowerCase();
}

export function fileKind(contentType: string): FileKind {
  const type = baseType(contentType);
  switch (type) {
    case 'application/pdf':
      return 'pdf';
    case 'application/xml':
    case 'text/xml':
      return 'xml';
    case 'application/json':
      return 'json';
    case 'image/png':
      return 'png';
    case 'image/jpeg':
    case 'image/jpg':
      return 'jpeg';
    case 'application/msword':
    case 'application/vnd.openxmlformats-officedocument.wordprocessingml.document':
      return 'word';
    case 'application/vnd.ms-excel':
    case 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet':
      return 'excel';
    case 'text/plain':
    case 'text/csv':
      return 'text';
    case 'text/html':
      return 'html';
    case 'application/zip':
    case 'application/x-zip-compressed':
      return 'zip';
    default:
      return type.startsWith('image/') ? 'image' : 'other';
  }
}

/**
 * The receipt group: Storage's generated receipt/form PDF (`ref-data-as-pdf`), or a PDF the app
 * generated from a process task (a `GeneratedFrom` reference to a Task).
 */
function isReceipt(element: DataElement): boolean {
  if (element.dataType === RECEIPT_DATA_TYPE) return true;
  return (
    fileKind(element.contentType) === 'pdf' &&
    element.references.some((r) => r.relation === 'GeneratedFrom' && r.valueType === 'Task')
  );
}

function groupOf(element: DataElement, app: AppDetail | null): DataGroup {
  if (isReceipt(element)) return 'receipt';
  const type = app?.dataTypes.find((t) => t.id === element.dataType);
  return type?.isFormData ? 'form' : 'attachment';
}

const LANGUAGE_FALLBACK = ['nb', 'nn', 'en'] as const;

/** The file name, else the data type's text in the app's texts, else its description, else its id. */
export function dataElementName(
  element: DataElement,
  app: AppDetail | null,
  texts: Record<string, string>,
  language: string,
): string {
  const filename = element.filename?.trim();
  if (filename) return filename;
  const text = texts[`datatype.${element.dataType}`];
  if (text) return text;
  const description = app?.dataTypes.find((t) => t.id === element.dataType)?.description ?? {};
  const described =
    description[language] ?? LANGUAGE_FALLBACK.map((l) => description[l]).find(Boolean) ?? null;
  return described ?? element.dataType;
}

const GROUP_ORDER: Record<DataGroup, number> = { receipt: 0, form: 1, attachment: 2 };

function time(iso: string | null): number {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(ms) ? 0 : ms;
}

/** Every data element, grouped (receipt, form, attachments) and oldest first within a group. */
export function showDataElements(
  elements: readonly DataElement[],
  app: AppDetail | null,
  texts: Record<string, string>,
  language: string,
): ShownDataElement[] {
  return elements
    .map((element, order) => ({
      shown: {
        element,
        group: groupOf(element, app),
        name: dataElementName(element, app, texts, language),
        kind: fileKind(element.contentType),
      },
      order,
    }))
    .sort(
      (a, b) =>
        GROUP_ORDER[a.shown.group] - GROUP_ORDER[b.shown.group] ||
        time(a.shown.element.created) - time(b.shown.element.created) ||
        a.order - b.order,
    )
    .map(({ shown }) => shown);
}

/** Whether the element may be offered for download: never when the virus scan found something. */
export function isDownloadable(element: DataElement): boolean {
  return element.fileScanResult !== 'Infected';
}
