import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';

import { hasStatus } from '../../api/errors';
import type { InstanceDetail } from '../../api/instance';
import { moveToBin, restoreFromBin, setReadStatus } from '../../api/instanceActions';
import { deletePermanently } from '../../api/instanceWrites';
import { queryKeys } from '../../api/queryKeys';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import { useInstanceT } from '../../i18n/features/instance/useInstanceT';
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog';
import { deletionAllowedFrom } from './deletionWindow';
import { formatDate } from './format';

interface Notice {
  message: string;
  undo?: () => void;
}

interface Props {
  instance: InstanceDetail;
  title: string;
  language: string;
  preventDeletionDays: number | null;
  appLink: string | null;
  onDeletedPermanently: () => void;
  /** Slot for the downloads feature's "download everything" control. */
  download?: ReactNode;
}

/** What the person can do with the instance: open it in its app, read state, bin, print. */
export function InstanceActions({
  instance,
  title,
  language,
  preventDeletionDays,
  appLink,
  onDeletedPermanently,
  download,
}: Props) {
  const t = useInstanceT();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [markedUnread, setMarkedUnread] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { partyId, guid } = instance;

  const refreshParty = () => queryClient.invalidateQueries({ queryKey: queryKeys.party(partyId) });

  const explain = (error: unknown): string => {
    // Storage refuses deletion while the app's retention window runs (403 with a text body).
    // That window counts from archiving: a 403 on an instance that is not archived, or after
    // the window has run out, is a refusal of the deletion itself (issue 4).
    if (hasStatus(error, 403)) {
      if (!instance.status.archived) return t('instance.deleteForbidden');
      const from = deletionAllowedFrom(instance.status.archived, preventDeletionDays);
      if (from && from.getTime() <= Date.now()) return t('instance.deleteForbidden');
      return from
        ? t('instance.deleteTooEarly', { date: formatDate(from.toISOString(), language) })
        : t('instance.deleteTooEarlyNoDate');
    }
    return t('instance.actionFailed');
  };

  const run = async (action: () => Promise<void>, after: Notice | null) => {
    setBusy(true);
    setProblem(null);
    try {
      await action();
      setNotice(after);
      await refreshParty();
    } catch (error) {
      setNotice(null);
      setProblem(explain(error));
    } finally {
      setBusy(false);
    }
  };

  const toBin = () =>
    run(() => moveToBin(partyId, guid), {
      message: t('instance.movedToBin'),
      undo: () => void run(() => restoreFromBin(partyId, guid), { message: t('instance.restored') }),
    });

  const restore = () =>
    run(() => restoreFromBin(partyId, guid), {
      message: t('instance.restored'),
      undo: () => void run(() => moveToBin(partyId, guid), { message: t('instance.movedToBin') }),
    });

  const toggleRead = () =>
    run(
      async () => {
        await setReadStatus(partyId, guid, markedUnread ? 'Read' : 'Unread');
        setMarkedUnread(!markedUnread);
      },
      markedUnread ? null : { message: t('instance.markedUnread') },
    );

  const removeForGood = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await deletePermanently(partyId, guid);
      setConfirming(false);
      onDeletedPermanently();
    } catch (error) {
      setConfirming(false);
      setProblem(explain(error));
    } finally {
      setBusy(false);
    }
  };

  const inBin = instance.status.isSoftDeleted;
  return (
    <Box data-instance-print="hide" sx={{ mt: 2 }}>
      <Box
        role="group"
        aria-label={t('instance.actions')}
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5 }}
      >
        {appLink && (
          <Button variant="contained" component="a" href={appLink} target="_blank" rel="noopener noreferrer">
            {t('instance.openInApp')}
            <VisuallyHidden> {t('instance.openInAppNewTab')}</VisuallyHidden>
          </Button>
        )}
        {download}
        <Button variant="outlined" onClick={() => void toggleRead()} disabled={busy}>
          {markedUnread ? t('instance.markRead') : t('instance.markUnread')}
        </Button>
        {inBin ? (
          <>
            <Button variant="outlined" onClick={() => void restore()} disabled={busy}>
              {t('instance.restore')}
            </Button>
            <Button variant="outlined" color="error" onClick={() => setConfirming(true)} disabled={busy}>
              {t('instance.deletePermanently')}
            </Button>
          </>
        ) : (
          <Button variant="outlined" onClick={() => void toBin()} disabled={busy}>
            {t('instance.moveToBin')}
          </Button>
        )}
        <Button variant="outlined" onClick={() => window.print()}>
          {t('instance.print')}
        </Button>
      </Box>
      {problem && (
        <Alert severity="warning" variant="outlined" role="alert" sx={{ mt: 2 }}>
          {problem}
        </Alert>
      )}
      <Snackbar
        open={notice !== null}
        autoHideDuration={notice?.undo ? 12_000 : 6_000}
        onClose={(_event, reason) => {
          if (reason !== 'clickaway') setNotice(null);
        }}
        message={notice?.message}
        action={
          notice?.undo ? (
            <Button
              color="inherit"
              size="small"
              onClick={() => {
                const undo = notice.undo;
                setNotice(null);
                undo?.();
              }}
            >
              {t('instance.undo')}
            </Button>
          ) : undefined
        }
      />
      <ConfirmDeleteDialog
        open={confirming}
        title={title}
        busy={busy}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void removeForGood()}
      />
    </Box>
  );
}
