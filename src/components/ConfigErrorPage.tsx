import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';

import type { ConfigProblem } from '../config/runtimeConfig';
import { useT } from '../i18n/useT';
import { ErrorView } from './ErrorView';
import { PublicLayout } from './PublicLayout';

export type ConfigFailure =
  | { kind: 'invalid'; problems: ConfigProblem[] }
  | { kind: 'http'; status: number }
  | { kind: 'not-json' }
  | { kind: 'network' };

/** Shown instead of the app when /config.json is missing or invalid: says exactly what is wrong. */
export function ConfigErrorPage({ failure }: { failure: ConfigFailure }) {
  const t = useT();
  const details =
    failure.kind === 'invalid' ? (
      <>
        <Typography sx={{ mt: 1 }}>{t('config.problems')}</Typography>
        <List dense sx={{ listStyleType: 'disc', pl: 3 }}>
          {failure.problems.map((problem) => (
            <ListItem key={problem.field} sx={{ display: 'list-item', px: 0 }}>
              {t(problem.kind === 'missing' ? 'config.missingField' : 'config.invalidField', {
                field: problem.field,
              })}
            </ListItem>
          ))}
        </List>
      </>
    ) : (
      <Typography sx={{ mt: 1 }}>
        {failure.kind === 'http'
          ? t('config.notFound', { status: failure.status })
          : t(failure.kind === 'not-json' ? 'config.notJson' : 'config.network')}
      </Typography>
    );
  return (
    <PublicLayout>
      <ErrorView
        title={t('config.heading')}
        body={
          <>
            <Typography>{t('config.body')}</Typography>
            {details}
          </>
        }
      />
    </PublicLayout>
  );
}
