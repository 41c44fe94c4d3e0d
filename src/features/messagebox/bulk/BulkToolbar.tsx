import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import { CheckboxLabel } from '../../../components/CheckboxControl';
import { useT } from '../../../i18n/useT';
import type { Folder } from '../urlState';
import type { BulkActionKind } from './bulkActions';
import type { SelectAllState } from './selection';

/** Which actions make sense in a folder. */
export function actionsFor(folder: Folder): BulkActionKind[] {
  return folder === 'bin' ? ['restore', 'markRead', 'markUnread'] : ['markRead', 'markUnread', 'moveToBin'];
}

const LABEL = {
  markRead: 'bulk.markRead',
  markUnread: 'bulk.markUnread',
  moveToBin: 'bulk.moveToBin',
  restore: 'bulk.restore',
} as const;

/**
 * "Select all loaded" and the actions for the selection. The actions stay in place (disabled)
 * while nothing is selected, so the layout does not jump when the first box is ticked.
 */
export function BulkToolbar({
  folder,
  loadedCount,
  selectedCount,
  allState,
  busy,
  onSelectAll,
  onClear,
  onAction,
}: {
  folder: Folder;
  loadedCount: number;
  selectedCount: number;
  allState: SelectAllState;
  busy: boolean;
  onSelectAll: () => void;
  onClear: () => void;
  onAction: (kind: BulkActionKind) => void;
}) {
  const t = useT();
  const none = selectedCount === 0;
  return (
    <Stack
      role="group"
      aria-label={t('bulk.toolbar')}
      direction="row"
      useFlexGap
      sx={{ flexWrap: 'wrap', alignItems: 'center', gap: 1, py: 1 }}
    >
      <CheckboxLabel
        sx={{ mr: 1 }}
        size="small"
        checked={allState === 'all'}
        indeterminate={allState === 'some'}
        disabled={loadedCount === 0}
        onChange={() => (allState === 'all' ? onClear() : onSelectAll())}
        label={t('bulk.selectAllLoaded', { count: loadedCount })}
      />
      <Typography variant="body2" sx={{ minWidth: '6ch' }}>
        {t('bulk.selectedCount', { count: selectedCount })}
      </Typography>
      {actionsFor(folder).map((kind) => (
        <Button
          key={kind}
          size="small"
          variant="outlined"
          disabled={none || busy}
          onClick={() => onAction(kind)}
        >
          {t(LABEL[kind])}
        </Button>
      ))}
      <Button size="small" disabled={none || busy} onClick={onClear}>
        {t('bulk.clearSelection')}
      </Button>
    </Stack>
  );
}
