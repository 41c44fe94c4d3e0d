import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import { useTheme } from '@mui/material/styles';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { Link as RouterLink, useLocation } from 'react-router';

import type { InstanceDetail } from '../../api/instance';
import { queryKeys } from '../../api/queryKeys';
import { useInstanceT } from '../../i18n/features/instance/useInstanceT';
import { partyName } from '../parties/partyLabels';
import { DataElementDownload } from '../downloads/DataElementDownload';
import { DownloadAllButton } from '../downloads/DownloadAllButton';
import { buildAppLink } from './appLink';
import { DataElementsSection, type ElementDownloadArgs } from './DataElementsSection';
import { showDataElements } from './dataElements';
import { HistorySection } from './HistorySection';
import { InstanceActions } from './InstanceActions';
import { getAppLinkPattern } from './instanceConfig';
import { InstanceFacts } from './InstanceFacts';
import { InstanceHeading } from './InstanceHeading';
import { InstanceProblem, problemKind } from './InstanceProblem';
import { PrintStyles } from './PrintStyles';
import { isInProgress } from './statusWording';
import { mergeTimeline } from './timeline';
import { useInstanceData } from './useInstanceData';
import { useMarkReadOnOpen } from './useMarkReadOnOpen';

export type InstanceFolder = 'inbox' | 'archive' | 'bin';

export interface InstanceDownloadArgs {
  partyId: number;
  instance: InstanceDetail;
  title: string;
}

export interface InstanceViewProps {
  partyId: number;
  instanceGuid: string;
  folder: InstanceFolder;
  /** Where "back to the list" goes; defaults to the party's folder with the current query. */
  listPath?: string;
  /**
   * Shown beside a list whose own h1 is visible from the `md` breakpoint up: the title is then an
   * h2 there (and the h1 below it, where the list is hidden), so every layout has exactly one h1.
   */
  embedded?: boolean;
  /** The per-element download control; the downloads feature's by default. */
  renderElementDownload?: (args: ElementDownloadArgs) => ReactNode;
  /** The "download everything" control; the downloads feature's ZIP button by default. */
  renderInstanceDownload?: (args: InstanceDownloadArgs) => ReactNode;
}

const ROOT_ID = 'instance-view';

function defaultElementDownload({ partyId, instanceGuid, element, name }: ElementDownloadArgs) {
  // The view shows the scan result itself (an infected file never gets here), so the control
  // is not given it and does not repeat the warning.
  const { id, dataType, filename, contentType } = element;
  return (
    <DataElementDownload
      partyId={partyId}
      instanceGuid={instanceGuid}
      element={{ id, dataType, filename, contentType }}
      label={name}
    />
  );
}

function defaultInstanceDownload({ partyId, instance, title }: InstanceDownloadArgs) {
  if (!instance.data.some((element) => element.fileScanResult !== 'Infected')) return null;
  return <DownloadAllButton partyId={partyId} instanceGuid={instance.guid} title={title} />;
}

/**
 * One instance: header (title, owner, party, status, dates, reference), actions, its data
 * elements and its history. Self-contained: give it the party and the instance id.
 */
export function InstanceView(props: InstanceViewProps) {
  // A new instance is a new view: focus, read marking and local state start over.
  const body = <InstanceViewBody key={`${props.partyId}/${props.instanceGuid}`} {...props} />;
  return props.embedded ? (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
      {body}
    </Paper>
  ) : (
    body
  );
}

function InstanceViewBody({
  partyId,
  instanceGuid,
  folder,
  listPath,
  embedded = false,
  renderElementDownload = defaultElementDownload,
  renderInstanceDownload = defaultInstanceDownload,
}: InstanceViewProps) {
  const t = useInstanceT();
  const theme = useTheme();
  const besideList = useMediaQuery(theme.breakpoints.up('md'));
  const level: 1 | 2 = embedded && besideList ? 2 : 1;
  const location = useLocation();
  const queryClient = useQueryClient();
  const data = useInstanceData(partyId, instanceGuid);
  const [deleted, setDeleted] = useState(false);
  const [now] = useState(() => new Date());
  const instance = data.instance.data;
  useMarkReadOnOpen(deleted ? undefined : instance);

  const backPath = listPath ?? `/parties/${partyId}/${folder}${location.search}`;
  const back = (
    <Link component={RouterLink} to={backPath}>
      {t('instance.backToList')}
    </Link>
  );

  const timeline = useMemo(
    () => mergeTimeline(data.events.data ?? [], data.history.data ?? []),
    [data.events.data, data.history.data],
  );
  const shown = useMemo(
    () => (instance ? showDataElements(instance.data, data.appDetail, data.texts, data.language) : []),
    [instance, data.appDetail, data.texts, data.language],
  );

  if (deleted) {
    return (
      <Box id={ROOT_ID}>
        <InstanceHeading title={t('instance.deletedPermanently')}>
          {t('instance.deletedPermanently')}
        </InstanceHeading>
        {back}
      </Box>
    );
  }

  if (data.instance.isPending) {
    return (
      <Typography role="status" id={ROOT_ID}>
        {t('instance.loading')}
      </Typography>
    );
  }

  if (data.instance.isError || !instance) {
    return (
      <Box id={ROOT_ID}>
        <InstanceProblem
          kind={problemKind(data.instance.error, data.identity.authLevel)}
          partyName={data.party ? partyName(data.party, t) : null}
          onRetry={() => void data.instance.refetch()}
          returnTo={`${location.pathname}${location.search}`}
          back={back}
          level={level}
        />
      </Box>
    );
  }

  const pattern = getAppLinkPattern();
  const appLink =
    pattern && isInProgress(instance)
      ? buildAppLink(pattern, {
          appId: instance.appId,
          partyId: instance.partyId,
          instanceGuid: instance.guid,
        })
      : null;
  const presentation = Object.values(instance.presentationTexts).filter(Boolean).join(', ');
  const loaded = { ...data, instance: { ...data.instance, data: instance } };

  return (
    <Box component="article" id={ROOT_ID} aria-labelledby="instance-title">
      <PrintStyles rootId={ROOT_ID} />
      <Box data-instance-print="hide" sx={{ mb: 1 }}>
        {back}
      </Box>
      <InstanceHeading
        id="instance-title"
        // The tab title names the party too: the same form can arrive for several parties.
        title={
          data.party
            ? t('title.instance', { title: data.title, party: partyName(data.party, t) })
            : data.title
        }
        level={level}
      >
        {data.title}
      </InstanceHeading>
      {presentation && (
        // Presentation texts are the app's: a long unbroken one must wrap, not widen the page.
        <Typography sx={{ mb: 2, color: 'text.secondary', overflowWrap: 'anywhere' }}>
          {presentation}
        </Typography>
      )}
      <InstanceFacts data={loaded} events={data.events.data ?? []} now={now} />
      <InstanceActions
        instance={instance}
        title={data.title}
        language={data.language}
        preventDeletionDays={data.appDetail?.preventInstanceDeletionForDays ?? null}
        appLink={appLink}
        download={renderInstanceDownload({ partyId, instance, title: data.title })}
        onDeletedPermanently={() => {
          setDeleted(true);
          queryClient.removeQueries({ queryKey: [...queryKeys.party(partyId), 'instance', instanceGuid] });
          void queryClient.invalidateQueries({ queryKey: queryKeys.party(partyId) });
        }}
      />
      <DataElementsSection
        shown={shown}
        language={data.language}
        partyId={partyId}
        instanceGuid={instance.guid}
        renderDownload={renderElementDownload}
      />
      <HistorySection
        entries={timeline}
        failed={data.events.isError && data.history.isError}
        loading={data.events.isPending && data.history.isPending}
        language={data.language}
        texts={data.texts}
        elementNames={new Map(shown.map((s) => [s.element.id, s.name]))}
        actorContext={data.actorContext}
      />
    </Box>
  );
}
