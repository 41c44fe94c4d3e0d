import { describe, expect, it } from 'vitest';

import type { FilePlan, InstanceZipPlan } from './engine/types';
import { isPageToJob, isStartMessage, jobUrl, newJobId, startMessage } from './protocol';
import { TEST_LABELS } from './engine/testLabels';

const TOKEN = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';
const FILE: FilePlan = {
  kind: 'file',
  partyId: 501337,
  instanceGuid: '4ed2550d-c860-4885-80be-e7eba32df0b6',
  dataGuid: '11f7c994-6681-47a1-9626-fcf6c27308a5',
  fileName: 'Søknad om dagpenger.pdf',
  disposition: 'attachment',
};

describe('the download protocol', () => {
  it('puts a random job id in the URL and never the token', () => {
    const id = newJobId();
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(newJobId()).not.toBe(id);
    const url = jobUrl(id, FILE);
    expect(url).toBe(
      `/download/501337/4ed2550d-c860-4885-80be-e7eba32df0b6/11f7c994-6681-47a1-9626-fcf6c27308a5?name=S%C3%B8knad%20om%20dagpenger.pdf&job=${id}`,
    );
    const zip: InstanceZipPlan = {
      kind: 'instance-zip',
      partyId: 1,
      instanceGuid: 'g',
      zipName: 'a b.zip',
      language: 'nb',
      userId: 1,
      labels: TEST_LABELS,
    };
    expect(jobUrl(id, zip)).toBe(`/download/zip/a%20b.zip?job=${id}`);
    expect(url).not.toContain('eyJ');
  });

  it('accepts only well-formed start messages', () => {
    const good = startMessage(newJobId(), FILE, TOKEN, '/platform');
    expect(isStartMessage(good)).toBe(true);
    expect(isStartMessage({ ...good, jobId: '../x' })).toBe(false);
    expect(isStartMessage({ ...good, jobId: 'short' })).toBe(false);
    expect(isStartMessage({ ...good, token: 42 })).toBe(false);
    expect(isStartMessage({ ...good, type: 'other/start' })).toBe(false);
    expect(isStartMessage({ ...good, plan: null })).toBe(false);
    expect(isStartMessage('innboks-download/start')).toBe(false);
  });

  it('accepts only token and cancel from the page on a job port', () => {
    expect(isPageToJob({ type: 'token', token: TOKEN })).toBe(true);
    expect(isPageToJob({ type: 'token', token: null })).toBe(true);
    expect(isPageToJob({ type: 'cancel' })).toBe(true);
    expect(isPageToJob({ type: 'token', token: 1 })).toBe(false);
    expect(isPageToJob({ type: 'start' })).toBe(false);
  });
});
