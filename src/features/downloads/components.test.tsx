import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { renderWithProviders } from '../../test/renderWithProviders';
import { DataElementDownload } from './DataElementDownload';
import { DownloadProgressDialog } from './DownloadProgressDialog';
import type { DownloadControl, DownloadState } from './useDownload';

function control(state: DownloadState): DownloadControl {
  return { state, start: vi.fn(), cancel: vi.fn(), retry: vi.fn(), reset: vi.fn() };
}

describe('DataElementDownload', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('offers download and open for a PDF, named after the file, and fetches nothing before a click', () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    renderWithProviders(
      <DataElementDownload
        partyId={501337}
        instanceGuid="4ed2550d-c860-4885-80be-e7eba32df0b6"
        element={{
          id: 'd1',
          dataType: 'ref-data-as-pdf',
          filename: 'kvittering.pdf',
          contentType: 'application/pdf',
          fileScanResult: 'NotApplicable',
        }}
      />,
    );
    expect(screen.getByRole('button', { name: 'Last ned kvittering.pdf' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Åpne kvittering.pdf i ny fane' })).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('does not offer "open" for a type the browser would run or cannot show', () => {
    renderWithProviders(
      <DataElementDownload
        partyId={1}
        instanceGuid="g"
        element={{ id: 'd2', dataType: 'skjema', filename: null, contentType: 'text/html' }}
        label="Skjema"
      />,
    );
    expect(screen.getByRole('button', { name: 'Last ned Skjema' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Åpne/ })).toBeNull();
  });

  it('says why an infected file cannot be downloaded, and warns about a pending scan', () => {
    const { unmount } = renderWithProviders(
      <DataElementDownload
        partyId={1}
        instanceGuid="g"
        element={{ id: 'v', dataType: 'vedlegg', filename: 'x.exe', fileScanResult: 'Infected' }}
      />,
    );
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('Filen inneholder virus og kan ikke lastes ned.')).toBeInTheDocument();
    unmount();
    renderWithProviders(
      <DataElementDownload
        partyId={1}
        instanceGuid="g"
        element={{
          id: 'p',
          dataType: 'vedlegg',
          filename: 'y.pdf',
          contentType: 'application/pdf',
          fileScanResult: 'Pending',
        }}
      />,
    );
    expect(screen.getByText(/Virussjekken er ikke ferdig/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Last ned y.pdf' })).toBeInTheDocument();
  });
});

describe('DownloadProgressDialog', () => {
  it('shows progress with a named bar and a cancel button', async () => {
    const c = control({
      status: 'running',
      mode: 'service-worker',
      progress: {
        bytesDone: 500_000,
        bytesTotal: 1_000_000,
        filesDone: 1,
        filesTotal: 2,
        instancesDone: 0,
        instancesTotal: 1,
      },
    });
    renderWithProviders(
      <DownloadProgressDialog title="Lager ZIP-fil" control={c} onClose={() => undefined} />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Lager ZIP-fil' });
    expect(within(dialog).getByRole('progressbar', { name: 'Framdrift' })).toHaveAttribute(
      'aria-valuenow',
      '50',
    );
    expect(within(dialog).getByText('1 av 2 filer')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(c.cancel).toHaveBeenCalled();
  });

  it('warns when the browser must hold the whole ZIP in memory', () => {
    const c = control({
      status: 'running',
      mode: 'blob',
      progress: {
        bytesDone: 0,
        bytesTotal: null,
        filesDone: 0,
        filesTotal: null,
        instancesDone: 0,
        instancesTotal: null,
      },
    });
    renderWithProviders(
      <DownloadProgressDialog title="Lager ZIP-fil" control={c} onClose={() => undefined} />,
    );
    expect(screen.getByText(/holde hele ZIP-filen i minnet/)).toBeInTheDocument();
  });

  it('names every missing file and offers to build the ZIP again', async () => {
    const c = control({
      status: 'done',
      problems: [
        { name: 'vedlegg.pdf', outcome: 'failed' },
        { name: 'stor.csv', outcome: 'incomplete' },
        { name: 'virus.exe', outcome: 'skipped-infected' },
      ],
    });
    renderWithProviders(
      <DownloadProgressDialog title="Lager ZIP-fil" control={c} onClose={() => undefined} />,
    );
    expect(screen.getByText('vedlegg.pdf: kunne ikke hentes', { exact: false })).toBeInTheDocument();
    expect(screen.getByText(/stor\.csv: ble brutt underveis/)).toBeInTheDocument();
    expect(screen.getByText(/virus\.exe: inneholder virus/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Prøv igjen' }));
    expect(c.retry).toHaveBeenCalled();
  });

  it('reports a cut-off download with a retry', async () => {
    const c = control({ status: 'error', kind: 'network' });
    renderWithProviders(
      <DownloadProgressDialog title="Lager ZIP-fil" control={c} onClose={() => undefined} />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Nedlastingen ble brutt før den var ferdig.');
    await userEvent.click(screen.getByRole('button', { name: 'Prøv igjen' }));
    expect(c.retry).toHaveBeenCalled();
  });
});
