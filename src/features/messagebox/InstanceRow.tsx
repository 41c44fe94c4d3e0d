import EventOutlined from '@mui/icons-material/EventOutlined';
import ScheduleOutlined from '@mui/icons-material/ScheduleOutlined';
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';

import type { InstanceSummary } from '../../api/storage';
import { VisuallyHidden } from '../../components/VisuallyHidden';
import type { Language } from '../../i18n/languages';
import { useI18n } from '../../i18n/useT';
import { dueState } from './dueDate';
import { formatDay, formatExact, formatRelative } from './relativeTime';
import { isActionable, plainStatus } from './statusMapping';
import type { RowTexts } from './useRowTexts';

export interface InstanceRowProps {
  row: InstanceSummary;
  texts: RowTexts;
  /** Where opening the row goes (the split view's instance route). */
  href: string;
  selected: boolean;
  now: Date;
  /** The party's name, in the all-parties view. */
  partyName?: string;
}

/**
 * Titles and texts come from apps and service owners and can be 10,000 characters long: a row
 * shows at most `lines` lines of them (the text stays whole in the DOM, so the link's accessible
 * name and the instance view still have all of it).
 */
function clampLines(lines: number) {
  return {
    display: '-webkit-box',
    WebkitLineClamp: lines,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
  } as const;
}

function DueLine({ dueBefore, now, language }: { dueBefore: string; now: Date; language: Language }) {
  const { t } = useI18n();
  const state = dueState(dueBefore, now);
  if (!state) return null;
  const date = formatDay(new Date(dueBefore), language);
  const [Icon, key, color] =
    state === 'overdue'
      ? ([WarningAmberOutlined, 'mb.due.overdue', 'error.main'] as const)
      : state === 'due-soon'
        ? ([ScheduleOutlined, 'mb.due.soon', 'warning'] as const)
        : ([EventOutlined, 'mb.due', 'text.secondary'] as const);
  return (
    <Box
      component="span"
      data-due={state}
      sx={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 0.5,
        color,
        fontWeight: state === 'due' ? 400 : 600,
      }}
    >
      <Icon fontSize="small" aria-hidden />
      {t(key, { date })}
    </Box>
  );
}

/**
 * One instance in a list: a single link whose text says everything a screen reader needs
 * (title, unread, service owner, texts, status, due date, exact last-changed time). Unread is
 * bold + a dot + the word, never colour alone. Exported for the all-parties view (`partyName`).
 */
export function InstanceRow({ row, texts, href, selected, now, partyName }: InstanceRowProps) {
  const { t, language } = useI18n();
  const unread = row.readStatus !== 'Read';
  const status = plainStatus(row);
  const substatus = texts.substatus(row);
  const lastChanged = row.lastChanged ? new Date(row.lastChanged) : null;
  const presentation = Object.values(row.presentationTexts).join(' · ');
  return (
    <Box
      component={RouterLink}
      to={href}
      aria-current={selected ? 'true' : undefined}
      data-instance-guid={row.guid}
      sx={{
        display: 'grid',
        gridTemplateColumns: '14px minmax(0, 1fr) auto',
        columnGap: 1,
        px: { xs: 1, sm: 2 },
        py: 1.5,
        color: 'text.primary',
        textDecoration: 'none',
        borderBottom: 1,
        borderColor: 'divider',
        bgcolor: selected ? 'action.selected' : 'transparent',
        borderLeft: 4,
        borderLeftColor: selected ? 'primary.main' : 'transparent',
        '&:hover': { bgcolor: 'action.hover' },
      }}
    >
      <Box aria-hidden sx={{ pt: 0.75, color: 'primary.main', fontSize: 12, lineHeight: 1 }}>
        {unread ? '●' : ''}
      </Box>
      <Box sx={{ minWidth: 0 }}>
        <Typography
          component="span"
          sx={{ ...clampLines(3), fontWeight: unread ? 700 : 400, overflowWrap: 'anywhere' }}
        >
          {texts.title(row.appId)}
          {unread && (
            <VisuallyHidden>{`, ${row.readStatus === 'Unread' ? t('mb.unread') : t('mb.updated')}`}</VisuallyHidden>
          )}
        </Typography>
        <Typography
          component="span"
          variant="body2"
          color="text.secondary"
          sx={{ ...clampLines(3), overflowWrap: 'anywhere' }}
        >
          {texts.orgName(row.org)}
          {presentation && ` · ${presentation}`}
          {partyName && ` · ${t('mb.party', { name: partyName })}`}
        </Typography>
        <Typography
          component="span"
          variant="body2"
          sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 1.5, rowGap: 0.25, mt: 0.25 }}
        >
          <span data-status={status}>{t(`status.${status}`)}</span>
          {substatus && (
            <Box component="span" sx={{ ...clampLines(2), minWidth: 0, overflowWrap: 'anywhere' }}>
              {substatus}
            </Box>
          )}
          {row.dueBefore && isActionable(status) && (
            <DueLine dueBefore={row.dueBefore} now={now} language={language} />
          )}
        </Typography>
      </Box>
      {lastChanged && (
        <Typography
          component="time"
          variant="body2"
          color="text.secondary"
          dateTime={row.lastChanged ?? undefined}
          title={formatExact(lastChanged, language)}
          sx={{ whiteSpace: 'nowrap', textAlign: 'right' }}
        >
          <span aria-hidden>{formatRelative(lastChanged, now, language)}</span>
          <VisuallyHidden>{`, ${t('mb.lastChanged', { time: formatExact(lastChanged, language) })}`}</VisuallyHidden>
        </Typography>
      )}
    </Box>
  );
}
