import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';

import { useInstanceT, type InstanceKey } from '../../i18n/features/instance/useInstanceT';
import type { ActorContext } from './actors';
import { formatDateTime } from './format';
import { taskLabel } from './statusWording';
import type { SimpleEventType, TimelineEntry } from './timeline';
import { useActorName } from './useActorName';

const SIMPLE_KEYS: Record<SimpleEventType, InstanceKey> = {
  Deleted: 'instance.event.Deleted',
  Undeleted: 'instance.event.Undeleted',
  ConfirmedComplete: 'instance.event.ConfirmedComplete',
  SubstatusUpdated: 'instance.event.SubstatusUpdated',
  Signed: 'instance.event.Signed',
  SentToSign: 'instance.event.SentToSign',
  SentToPayment: 'instance.event.SentToPayment',
  SentToSendIn: 'instance.event.SentToSendIn',
  SentToFormFill: 'instance.event.SentToFormFill',
  InstanceForwarded: 'instance.event.InstanceForwarded',
  InstanceRightRevoked: 'instance.event.InstanceRightRevoked',
  NotificationSentSms: 'instance.event.NotificationSentSms',
  MessageArchived: 'instance.event.MessageArchived',
  MessageRead: 'instance.event.MessageRead',
};

interface Props {
  entries: TimelineEntry[];
  failed: boolean;
  loading: boolean;
  language: string;
  texts: Record<string, string>;
  /** Names of the instance's data elements by id, for "Added {name}". */
  elementNames: Map<string, string>;
  actorContext: ActorContext;
}

/** The merged history, newest first, behind a disclosure button; always shown when printing. */
export function HistorySection({
  entries,
  failed,
  loading,
  language,
  texts,
  elementNames,
  actorContext,
}: Props) {
  const t = useInstanceT();
  const actorName = useActorName(actorContext);
  const [expanded, setExpanded] = useState(false);
  const listId = useId();

  const describe = (entry: TimelineEntry): string => {
    const what = entry.what;
    switch (what.kind) {
      case 'created':
        return t('instance.event.created');
      case 'dataAdded': {
        const name = elementNames.get(what.dataId);
        return name ? t('instance.event.dataAdded', { name }) : t('instance.event.dataAddedUnknown');
      }
      case 'saved':
        return t('instance.event.saved');
      case 'submitted':
        return t('instance.event.submitted');
      case 'taskStarted':
        return t('instance.event.taskStarted', {
          step: taskLabel(what.elementId, what.taskName, texts) ?? '',
        });
      case 'taskEnded':
        return t('instance.event.taskEnded', { step: taskLabel(what.elementId, what.taskName, texts) ?? '' });
      case 'completed':
        return t('instance.event.completed');
      case 'simple':
        return t(SIMPLE_KEYS[what.eventType]);
      case 'other':
        return t('instance.event.other', { type: what.eventType });
    }
  };

  return (
    <Box component="section" aria-labelledby="instance-history-heading" sx={{ mt: 4 }}>
      <Typography id="instance-history-heading" variant="h2" sx={{ mb: 1 }}>
        {t('instance.history.heading')}
      </Typography>
      {failed && (
        <Alert severity="warning" variant="outlined">
          {t('instance.history.error')}
        </Alert>
      )}
      {loading && <Typography role="status">{t('app.loading')}</Typography>}
      {!failed && !loading && entries.length === 0 && <Typography>{t('instance.history.empty')}</Typography>}
      {entries.length > 0 && (
        <>
          <Button
            variant="outlined"
            aria-expanded={expanded}
            aria-controls={listId}
            onClick={() => setExpanded((open) => !open)}
            data-instance-print="hide"
          >
            {expanded ? t('instance.history.hide') : t('instance.history.show', { count: entries.length })}
          </Button>
          <Box
            component="ol"
            id={listId}
            data-instance-print="show"
            sx={{ display: expanded ? 'block' : 'none', p: 0, m: 0, mt: 2 }}
          >
            {entries.map((entry) => (
              <Box
                component="li"
                key={entry.key}
                // Task names and event types come from apps: a long unbroken one must wrap, not widen the page.
                sx={{
                  listStyle: 'none',
                  py: 1,
                  borderBottom: 1,
                  borderColor: 'divider',
                  overflowWrap: 'anywhere',
                }}
              >
                <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                  <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
                </Typography>
                <Typography>
                  <span>{describe(entry)}</span>{' '}
                  <Typography component="span" sx={{ color: 'text.secondary' }}>
                    {t('instance.history.by', { who: actorName(entry.actor) })}
                  </Typography>
                </Typography>
              </Box>
            ))}
          </Box>
        </>
      )}
    </Box>
  );
}
