import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';

import { PageHeading } from '../../components/PageHeading';
import { useT } from '../../i18n/useT';

export function NotFoundView() {
  const t = useT();
  return (
    <>
      <PageHeading title={t('notFound.heading')}>{t('notFound.heading')}</PageHeading>
      <Typography sx={{ mb: 2 }}>{t('notFound.body')}</Typography>
      <Button component={RouterLink} to="/" variant="contained">
        {t('notFound.home')}
      </Button>
    </>
  );
}

export function NotFoundRoute() {
  return <NotFoundView />;
}
