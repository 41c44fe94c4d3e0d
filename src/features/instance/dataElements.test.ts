import { describe, expect, it } from 'vitest';

import type { AppDetail, DataElement } from '../../api/instance';
import { dataElementName, fileKind, isDownloadable, showDataElements } from './dataElements';

function element(id: string, overrides: Partial<DataElement>): DataElement {
  return {
    id,
    dataType: 'attachment',
    filename: null,
    contentType: 'application/pdf',
    size: 100,
    isRead: true,
    fileScanResult: 'NotApplicable',
    references: [],
    created: '2026-11-01T10:00:00Z',
    createdBy: '1337',
    lastChanged: null,
    ...overrides,
  };
}

const app: AppDetail = {
  id: 'brg/samordnet-registermelding',
  preventInstanceDeletionForDays: null,
  dataTypes: [
    { id: 'ref-data-as-pdf', description: {}, isFormData: false, taskId: null },
    { id: 'registermelding', description: {}, isFormData: true, taskId: 'Task_1' },
    {
      id: 'stiftelsesdokument',
      description: { nb: 'Stiftelsesdokument', en: 'Memorandum of association' },
      isFormData: false,
      taskId: 'Task_1',
    },
  ],
};
const texts = { 'datatype.registermelding': 'Skjemadata', 'datatype.ref-data-as-pdf': 'Skjema som PDF' };

describe('data element grouping and naming', () => {
  it('puts the receipt first, then form data, then attachments, oldest first within each', () => {
    const shown = showDataElements(
      [
        element('att-late', {
          dataType: 'stiftelsesdokument',
          filename: 'b.pdf',
          created: '2026-11-03T00:00:00Z',
        }),
        element('form', {
          dataType: 'registermelding',
          contentType: 'application/xml',
          created: '2026-11-01T00:00:00Z',
        }),
        element('att-early', {
          dataType: 'stiftelsesdokument',
          filename: 'a.docx',
          created: '2026-11-02T00:00:00Z',
        }),
        element('receipt', {
          dataType: 'ref-data-as-pdf',
          filename: 'kvittering.pdf',
          created: '2026-11-04T00:00:00Z',
        }),
      ],
      app,
      texts,
      'nb',
    );
    expect(shown.map((s) => [s.element.id, s.group])).toEqual([
      ['receipt', 'receipt'],
      ['form', 'form'],
      ['att-early', 'attachment'],
      ['att-late', 'attachment'],
    ]);
  });

  it('counts a PDF generated from a task as a receipt', () => {
    const generated = element('g', {
      dataType: 'custom-pdf',
      references: [{ value: 'Task_1', relation: 'GeneratedFrom', valueType: 'Task' }],
    });
    expect(showDataElements([generated], app, texts, 'nb')[0]?.group).toBe('receipt');
  });

  it('treats unknown data types (no app metadata) as attachments', () => {
    expect(
      showDataElements([element('x', { dataType: 'registermelding' })], null, texts, 'nb')[0]?.group,
    ).toBe('attachment');
  });

  it('names by file name, then the data type text, then its description, then its id', () => {
    expect(dataElementName(element('a', { filename: ' kvittering.pdf ' }), app, texts, 'nb')).toBe(
      'kvittering.pdf',
    );
    expect(dataElementName(element('b', { dataType: 'registermelding' }), app, texts, 'nb')).toBe(
      'Skjemadata',
    );
    expect(dataElementName(element('c', { dataType: 'stiftelsesdokument' }), app, {}, 'en')).toBe(
      'Memorandum of association',
    );
    expect(dataElementName(element('d', { dataType: 'stiftelsesdokument' }), app, {}, 'nn')).toBe(
      'Stiftelsesdokument',
    );
    expect(dataElementName(element('e', { dataType: 'mystery' }), app, {}, 'nb')).toBe('mystery');
  });

  it('gives friendly kinds for common content types', () => {
    expect(fileKind('application/pdf')).toBe('pdf');
    expect(fileKind('application/xml; charset=utf-8')).toBe('xml');
    expect(fileKind('IMAGE/PNG')).toBe('png');
    expect(fileKind('image/webp')).toBe('image');
    expect(fileKind('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('word');
    expect(fileKind('application/x-unknown')).toBe('other');
  });

  it('never offers an infected file for download', () => {
    expect(isDownloadable(element('i', { fileScanResult: 'Infected' }))).toBe(false);
    expect(isDownloadable(element('p', { fileScanResult: 'Pending' }))).toBe(true);
    expect(isDownloadable(element('c', { fileScanResult: 'Clean' }))).toBe(true);
  });
});
