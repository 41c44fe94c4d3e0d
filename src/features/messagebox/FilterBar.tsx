import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import { Link as RouterLink } from 'react-router';

import { CheckboxLabel } from '../../components/CheckboxControl';
import { SettingSelect } from '../../components/SettingSelect';
import { useT } from '../../i18n/useT';
import { DayField } from '../../components/DayField';
import { MultiFilter } from './MultiFilter';
import { QUICK_RANGES, type ListFilters, type StatusFilter } from './urlState';

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
      <MultiFilter
        label={t('mb.filter.org')}
        allLabel={t('mb.filter.org.all')}
        choices={options.orgs.map((org) => ({ value: org.code, label: org.name }))}
        values={filters.orgs}
        // Apps of service owners no longer chosen would filter to nothing: they go too.
        onChange={(orgs) =>
          onChange({
            orgs,
            apps: filters.apps.filter((app) => orgs.length === 0 || orgs.includes(app.split('/')[0] ?? '')),
          })
        }
      />
      <MultiFilter
        label={t('mb.filter.app')}
        allLabel={t('mb.filter.app.all')}
        choices={options.apps.map((app) => ({ value: app.id, label: app.title }))}
        values={filters.apps}
        onChange={(apps) => onChange({ apps })}
      />
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
          <DayField
            label={t('mb.filter.from')}
            value={filters.from}
            onChange={(from) => onChange({ from, range: null })}
          />
          <DayField
            label={t('mb.filter.to')}
            value={filters.to}
            onChange={(to) => onChange({ to, range: null })}
          />
        </>
      )}
      <CheckboxLabel
        checked={filters.unread}
        onChange={(event) => onChange({ unread: event.target.checked })}
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
