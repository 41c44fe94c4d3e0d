import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { Link as RouterLink } from 'react-router';

import { SettingSelect } from '../../components/SettingSelect';
import { useT } from '../../i18n/useT';
import { parseDay, QUICK_RANGES, type ListFilters, type StatusFilter } from './urlState';

export interface FilterOptions {
  orgs: Array<{ code: string; name: string }>;
  apps: Array<{ id: string; title: string }>;
  tasks: Array<{ elementId: string; name: string }>;
}

interface Props {
  filters: ListFilters;
  options: FilterOptions;
  onChange: (patch: Partial<ListFilters>) => void;
  clearHref: string | null;
}

function statusValue(status: StatusFilter | null): string {
  if (!status) return '';
  return status.kind === 'task' ? `task:${status.elementId}` : status.kind;
}

function parseStatusValue(value: string): StatusFilter | null {
  if (value === 'in-progress' || value === 'completed') return { kind: value };
  return value.startsWith('task:') ? { kind: 'task', elementId: value.slice(5) } : null;
}

/** Service owner, app, status, unread, last-changed window and sort; every change is a URL change. */
export function FilterBar({ filters, options, onChange, clearHref }: Props) {
  const t = useT();
  const rangeValue = filters.range ?? (filters.from || filters.to ? 'custom' : '');
  return (
    <Stack direction="row" useFlexGap spacing={1.5} sx={{ flexWrap: 'wrap', alignItems: 'center', mt: 2 }}>
      <SettingSelect
        label={t('mb.filter.org')}
        value={filters.orgs[0] ?? ''}
        minWidth={160}
        onChange={(org) => onChange({ orgs: org ? [org] : [], apps: [] })}
      >
        <option value="">{t('mb.filter.org.all')}</option>
        {options.orgs.map((org) => (
          <option key={org.code} value={org.code}>
            {org.name}
          </option>
        ))}
      </SettingSelect>
      <SettingSelect
        label={t('mb.filter.app')}
        value={filters.apps[0] ?? ''}
        minWidth={160}
        onChange={(app) => onChange({ apps: app ? [app] : [] })}
      >
        <option value="">{t('mb.filter.app.all')}</option>
        {options.apps.map((app) => (
          <option key={app.id} value={app.id}>
            {app.title}
          </option>
        ))}
      </SettingSelect>
      <SettingSelect
        label={t('mb.filter.status')}
        value={statusValue(filters.status)}
        minWidth={160}
        onChange={(value) => onChange({ status: parseStatusValue(value) })}
      >
        <option value="">{t('mb.filter.status.all')}</option>
        <option value="in-progress">{t('mb.filter.status.inProgress')}</option>
        {options.tasks.map((task) => (
          <option key={task.elementId} value={`task:${task.elementId}`}>
            {t('mb.filter.status.task', { task: task.name })}
          </option>
        ))}
        <option value="completed">{t('mb.filter.status.completed')}</option>
      </SettingSelect>
      <SettingSelect
        label={t('mb.filter.range')}
        value={rangeValue}
        minWidth={150}
        onChange={(value) => {
          const range = QUICK_RANGES.find((r) => r === value) ?? null;
          onChange(value === 'custom' ? { range: null } : { range, from: null, to: null });
        }}
      >
        <option value="">{t('mb.range.any')}</option>
        {QUICK_RANGES.map((range) => (
          <option key={range} value={range}>
            {t(`mb.range.${range}`)}
          </option>
        ))}
        <option value="custom">{t('mb.range.custom')}</option>
      </SettingSelect>
      {!filters.range && (
        <>
          <TextField
            type="date"
            size="small"
            label={t('mb.filter.from')}
            value={filters.from ?? ''}
            slotProps={{ inputLabel: { shrink: true } }}
            onChange={(event) => onChange({ from: parseDay(event.target.value), range: null })}
          />
          <TextField
            type="date"
            size="small"
            label={t('mb.filter.to')}
            value={filters.to ?? ''}
            slotProps={{ inputLabel: { shrink: true } }}
            onChange={(event) => onChange({ to: parseDay(event.target.value), range: null })}
          />
        </>
      )}
      <FormControlLabel
        control={
          <Checkbox
            checked={filters.unread}
            onChange={(event) => onChange({ unread: event.target.checked })}
          />
        }
        label={t('mb.filter.unread')}
      />
      <SettingSelect
        label={t('mb.sort')}
        value={filters.sort}
        minWidth={140}
        onChange={(value) => onChange({ sort: value === 'oldest' ? 'oldest' : 'newest' })}
      >
        <option value="newest">{t('mb.sort.newest')}</option>
        <option value="oldest">{t('mb.sort.oldest')}</option>
      </SettingSelect>
      {clearHref && (
        <Button component={RouterLink} to={clearHref}>
          {t('mb.filters.clear')}
        </Button>
      )}
    </Stack>
  );
}
