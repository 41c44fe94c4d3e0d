import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { configureApiClient } from '../../api/client';
import { clearAltinnToken, setAltinnToken } from '../../auth/altinnToken';
import { setSessionSnapshot } from '../../auth/sessionStore';
import { renderWithProviders } from '../../test/renderWithProviders';
import { InstanceView } from './InstanceView';

const guid = '44bca7b6-7cbc-4d90-8f6a-f24c30fd5d14';
const base = `/platform/storage/api/v1/instances/512345/${guid}`;

const instance = {
  id: `512345/${guid}`,
  instanceOwner: { partyId: '512345', personNumber: '01017512345' },
  appId: 'brg/samordnet-registermelding',
  org: 'brg',
  process: {
    started: '2026-11-22T06:02:41Z',
    currentTask: {
      elementId: 'Task_1',
      name: 'Utfylling',
      altinnTaskType: 'data',
      started: '2026-11-22T06:02:41Z',
    },
  },
  status: { isArchived: false, isSoftDeleted: false, isHardDeleted: false, readStatus: 'Unread' },
  data: [
    {
      id: 'form',
      dataType: 'registermelding',
      contentType: 'application/xml',
      size: 368,
      isRead: true,
      fileScanResult: 'NotApplicable',
      created: '2026-11-22T06:02:41Z',
    },
    {
      id: 'bad',
      dataType: 'stiftelsesdokument',
      filename: 'kontoutskrift.pdf',
      contentType: 'application/pdf',
      size: 1089,
      isRead: true,
      fileScanResult: 'Infected',
      created: '2026-11-23T08:41:37Z',
    },
    {
      id: 'good',
      dataType: 'stiftelsesdokument',
      filename: 'arbeidsavtale.docx',
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      size: 1481,
      isRead: false,
      fileScanResult: 'Clean',
      created: '2026-11-23T08:42:37Z',
    },
  ],
  created: '2026-11-22T06:02:40Z',
  createdBy: '12345',
  lastChanged: '2026-11-23T08:42:37Z',
  lastChangedBy: '12345',
};

const user = { userId: 12345, authenticationLevel: 3, nationalIdentityNumber: '01017512345' };
const events = {
  instanceEvents: [
    { id: 'e1', created: '2026-11-22T06:02:40Z', eventType: 'Created', user },
    {
      id: 'e2',
      created: '2026-11-22T06:02:41Z',
      eventType: 'process_StartTask',
      user,
      processInfo: { currentTask: { elementId: 'Task_1' } },
    },
    { id: 'e3', created: '2026-11-23T08:42:37Z', eventType: 'Created', dataId: 'good', user },
  ],
};

type Route = (method: string, url: string) => Response | null;

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function defaultRoutes(overrides: Route = () => null): Route {
  return (method, url) => {
    const overridden = overrides(method, url);
    if (overridden) return overridden;
    if (url === base && method === 'GET') return json(instance);
    if (url === `${base}/events`) return json(events);
    if (url === `${base}/process/history`) return json({ processHistory: [] });
    if (url.startsWith(`${base}/readstatus`)) return json(instance);
    if (url === '/platform/storage/api/v1/applications/brg/samordnet-registermelding') {
      return json({
        id: 'brg/samordnet-registermelding',
        dataTypes: [{ id: 'registermelding', appLogic: { classRef: 'X' } }, { id: 'stiftelsesdokument' }],
      });
    }
    if (url === '/platform/storage/api/v1/applications') {
      return json({
        applications: [
          { id: 'brg/samordnet-registermelding', org: 'brg', title: { nb: 'Samordnet registermelding' } },
        ],
      });
    }
    if (url.startsWith('/platform/storage/api/v1/applications/brg/samordnet-registermelding/texts/')) {
      return json({
        resources: [
          { id: 'task.Task_1', value: 'Utfylling' },
          { id: 'datatype.registermelding', value: 'Skjemadata' },
        ],
      });
    }
    if (url.startsWith('/platform/authorization/api/v1/parties')) {
      return json([{ partyId: 512345, partyTypeName: 1, name: 'Ola Nordmann', ssn: '01017512345' }]);
    }
    if (url.includes('orgs')) return json({ orgs: { brg: { name: { nb: 'Brønnøysundregistrene' } } } });
    return new Response('', { status: 404 });
  };
}

const fetchMock = vi.fn<(url: string, init?: RequestInit) => Promise<Response>>();

function useRoutes(route: Route): void {
  fetchMock.mockImplementation(
    async (url, init) => route(init?.method ?? 'GET', url) ?? new Response('', { status: 404 }),
  );
}

function renderView(authLevel = 3, withDefaults = false) {
  setSessionSnapshot({
    status: 'active',
    startedAt: Date.now(),
    identity: {
      userId: 12345,
      partyId: 512345,
      authLevel,
      acr: authLevel === 4 ? 'idporten-loa-high' : 'idporten-loa-substantial',
      name: null,
      pid: '01017512345',
    },
  });
  const download = vi.fn(({ name }: { name: string }) => <button type="button">{`Download ${name}`}</button>);
  const view = withDefaults ? (
    <InstanceView partyId={512345} instanceGuid={guid} folder="inbox" />
  ) : (
    <InstanceView partyId={512345} instanceGuid={guid} folder="inbox" renderElementDownload={download} />
  );
  const routes = (
    <MemoryRouter initialEntries={[`/parties/512345/inbox/${guid}`]}>
      <Routes>
        <Route path="/parties/:partyId/:folder/:guid" element={view} />
      </Routes>
    </MemoryRouter>
  );
  return { ...renderWithProviders(routes), download };
}

describe('InstanceView', () => {
  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    configureApiClient({ basePath: '/platform' });
    setAltinnToken('token');
  });

  afterEach(() => {
    // Unmount before the session goes: the view may only render inside an active session.
    cleanup();
    vi.unstubAllGlobals();
    fetchMock.mockReset();
    clearAltinnToken();
    setSessionSnapshot({ status: 'anonymous' });
  });

  it('shows the title as the one h1, the status, the reference and who changed it, and marks it read once', async () => {
    useRoutes(defaultRoutes());
    renderView();
    const heading = await screen.findByRole('heading', { level: 1, name: 'Samordnet registermelding' });
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText('Pågår: Utfylling')).toBeInTheDocument();
    expect(screen.getByText('f24c30fd5d14')).toBeInTheDocument();
    // Created and last changed by the signed-in user.
    expect(await screen.findAllByText(/ av deg$/, { selector: 'dd' })).toHaveLength(2);
    await waitFor(() => {
      const puts = fetchMock.mock.calls.filter(
        ([url, init]) => init?.method === 'PUT' && url.includes('readstatus'),
      );
      expect(puts.map(([url]) => url)).toEqual([`${base}/readstatus?status=Read`]);
    });
    // Never the owner's identity number anywhere on the page.
    expect(document.body.textContent).not.toContain('01017512345');
  });

  it('groups the data, marks the infected file and offers it no download', async () => {
    useRoutes(defaultRoutes());
    const { download } = renderView();
    const data = await screen.findByRole('region', { name: 'Dokumenter og data' });
    const headings = within(data)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual(['Skjemadata', 'Vedlegg']);
    expect(
      within(data).getByText('Viruskontrollen fant skadelig innhold i filen. Den kan ikke lastes ned.'),
    ).toBeInTheDocument();
    expect(within(data).queryByRole('button', { name: 'Download kontoutskrift.pdf' })).toBeNull();
    expect(within(data).getByRole('button', { name: 'Download arbeidsavtale.docx' })).toBeInTheDocument();
    expect(download.mock.calls.map(([args]) => args.name)).not.toContain('kontoutskrift.pdf');
    // Listing data elements never fetches their content.
    expect(fetchMock.mock.calls.some(([url]) => url.includes('/data/'))).toBe(false);
  });

  it("mounts the downloads feature's controls by default, never for the infected file", async () => {
    useRoutes(defaultRoutes());
    renderView(3, true);
    const data = await screen.findByRole('region', { name: 'Dokumenter og data' });
    expect(within(data).getByRole('button', { name: 'Last ned arbeidsavtale.docx' })).toBeInTheDocument();
    expect(within(data).queryByRole('button', { name: /kontoutskrift/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Last ned alt (ZIP)' })).toBeInTheDocument();
  });

  it('keeps the history collapsed behind a disclosure button', async () => {
    useRoutes(defaultRoutes());
    renderView();
    const toggle = await screen.findByRole('button', { name: 'Vis historikken (3)' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'Skjul historikken' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(screen.getByText('La til arbeidsavtale.docx')).toBeVisible();
  });

  it('at level 3 explains a 403 may need a higher level and offers step-up', async () => {
    useRoutes(defaultRoutes((_method, url) => (url === base ? new Response('', { status: 403 }) : null)));
    renderView(3);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Krever kanskje høyt sikkerhetsnivå' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Logg inn med høyt sikkerhetsnivå' })).toBeInTheDocument();
  });

  it('at level 4 a 403 is no access, naming the party acted for', async () => {
    useRoutes(defaultRoutes((_method, url) => (url === base ? new Response('', { status: 403 }) : null)));
    renderView(4);
    expect(await screen.findByRole('heading', { level: 1, name: 'Du har ikke tilgang' })).toBeInTheDocument();
    expect(await screen.findByText(/Du handler på vegne av Ola Nordmann/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Logg inn med høyt sikkerhetsnivå' })).toBeNull();
  });

  it('404 says not found; a server error offers a retry that works', async () => {
    useRoutes(defaultRoutes((_method, url) => (url === base ? json('Unable to find instance', 404) : null)));
    const first = renderView();
    expect(await screen.findByRole('heading', { level: 1, name: 'Fant ikke elementet' })).toBeInTheDocument();
    first.unmount();

    let fail = true;
    useRoutes(
      defaultRoutes((_method, url) => (url === base && fail ? new Response('', { status: 500 }) : null)),
    );
    renderView();
    const retry = await screen.findByRole('button', { name: 'Prøv igjen' });
    fail = false;
    await act(async () => {
      fireEvent.click(retry);
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Samordnet registermelding' }),
    ).toBeInTheDocument();
  });

  it('moves to the bin with an Undo that restores', async () => {
    const sbl = `/platform/storage/api/v1/sbl/instances/512345/${guid}`;
    useRoutes(defaultRoutes((_method, url) => (url.startsWith(sbl) ? json(true) : null)));
    renderView();
    fireEvent.click(await screen.findByRole('button', { name: 'Flytt til papirkurven' }));
    expect(await screen.findByText('Flyttet til papirkurven.')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Angre' }));
    expect(await screen.findByText('Gjenopprettet.')).toBeInTheDocument();
    const writes = fetchMock.mock.calls
      .filter(([url]) => url.startsWith(sbl))
      .map(([url, init]) => `${init?.method} ${url.slice(sbl.length)}`);
    expect(writes).toEqual(['DELETE ?hard=false', 'PUT /undelete']);
  });

  it('words a 403 on deleting an instance that is not archived as no access, not "not yet"', async () => {
    const sbl = `/platform/storage/api/v1/sbl/instances/512345/${guid}`;
    useRoutes(
      defaultRoutes((_method, url) => (url.startsWith(sbl) ? new Response('', { status: 403 }) : null)),
    );
    renderView();
    fireEvent.click(await screen.findByRole('button', { name: 'Flytt til papirkurven' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Du har ikke tilgang til å slette dette.');
  });

  it('explains the retention refusal with the date deletion becomes possible', async () => {
    const sbl = `/platform/storage/api/v1/sbl/instances/512345/${guid}`;
    const archived = {
      ...instance,
      status: { ...instance.status, isArchived: true, archived: '2026-11-25T09:00:00Z', readStatus: 'Read' },
    };
    useRoutes(
      defaultRoutes((method, url) => {
        if (url === base && method === 'GET') return json(archived);
        if (url === '/platform/storage/api/v1/applications/brg/samordnet-registermelding') {
          return json({
            id: 'brg/samordnet-registermelding',
            dataTypes: [],
            preventInstanceDeletionForDays: 30,
          });
        }
        if (url.startsWith(sbl))
          return json('Instance cannot be deleted yet due to application restrictions.', 403);
        return null;
      }),
    );
    renderView();
    await screen.findByText(/Fullført og arkivert/);
    await waitFor(() =>
      expect(
        fetchMock.mock.calls.some(([url]) => url.endsWith('/applications/brg/samordnet-registermelding')),
      ).toBe(true),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Flytt til papirkurven' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Denne kan ikke slettes før 25. desember 2026.',
    );
  });
});
