import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';

import { PageHeading } from '../../components/PageHeading';
import { PublicLayout } from '../../components/PublicLayout';
import { useAccessibilityI18n } from '../../i18n/features/accessibility/useAccessibilityT';
import {
  ASSESSED_ON,
  WCAG21_REQUIREMENTS,
  WCAG22_ADDITIONS,
  type Criterion,
  type CriterionStatus,
} from './accessibilityCriteria';

const STATUS_COLOUR: Record<CriterionStatus, string> = {
  meets: 'success.main',
  partial: 'warning.main',
  'not-applicable': 'text.secondary',
  'not-tested': 'warning.main',
};

function countOf(status: CriterionStatus): number {
  return WCAG21_REQUIREMENTS.filter((criterion) => criterion.status === status).length;
}

/**
 * A list, not a table: 48 rows of four columns cannot reflow to 320 px without sideways
 * scrolling, while a list of short blocks can. The status is text; the coloured bar beside it
 * only repeats it.
 */
function CriteriaList({ criteria, labelledBy }: { criteria: readonly Criterion[]; labelledBy: string }) {
  const { t, language } = useAccessibilityI18n();
  return (
    <Box component="ul" aria-labelledby={labelledBy} sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {criteria.map((criterion) => (
        <Box
          component="li"
          key={criterion.id}
          sx={{
            py: 1.5,
            pl: 2,
            borderLeft: 4,
            borderColor: STATUS_COLOUR[criterion.status],
            mb: 1,
            bgcolor: 'background.paper',
          }}
        >
          <Typography component="h3" sx={{ fontWeight: 600, fontSize: '1rem', overflowWrap: 'anywhere' }}>
            {t('a11y.criterion', {
              id: criterion.id,
              name: criterion.name[language],
              level: criterion.level,
            })}
          </Typography>
          <Typography sx={{ fontWeight: 600 }}>{t(`a11y.status.${criterion.status}`)}</Typography>
          <Typography color="text.secondary">{criterion.note[language]}</Typography>
        </Box>
      ))}
    </Box>
  );
}

/**
 * `/accessibility`: the accessibility statement, public so it can be read before signing in and
 * linked from every page's footer. The findings live in accessibilityCriteria.ts.
 */
export function AccessibilityRoute() {
  const { t, language } = useAccessibilityI18n();
  const date = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'long' }).format(
    new Date(`${ASSESSED_ON}T12:00:00Z`),
  );
  return (
    <PublicLayout>
      <Stack spacing={2} sx={{ maxWidth: 760 }}>
        <PageHeading title={t('a11y.heading')}>{t('a11y.heading')}</PageHeading>
        <Typography>{t('a11y.intro')}</Typography>
        <Typography>
          {t('a11y.assessedOn', { date })}{' '}
          {t('a11y.summary', {
            meets: countOf('meets'),
            partial: countOf('partial'),
            notTested: countOf('not-tested'),
            notApplicable: countOf('not-applicable'),
          })}
        </Typography>

        <Typography variant="h2">{t('a11y.report.heading')}</Typography>
        <Typography>{t('a11y.report.body')}</Typography>
        <Typography>{t('a11y.report.complaint')}</Typography>

        <Typography variant="h2">{t('a11y.howTested.heading')}</Typography>
        <Typography>{t('a11y.howTested.axe')}</Typography>
        <Typography>{t('a11y.howTested.keyboard')}</Typography>
        <Typography>{t('a11y.howTested.manual')}</Typography>

        <Typography variant="h2" id="wcag21">
          {t('a11y.requirements.heading')}
        </Typography>
        <CriteriaList criteria={WCAG21_REQUIREMENTS} labelledBy="wcag21" />

        <Typography variant="h2" id="wcag22">
          {t('a11y.wcag22.heading')}
        </Typography>
        <Typography>{t('a11y.wcag22.body')}</Typography>
        <CriteriaList criteria={WCAG22_ADDITIONS} labelledBy="wcag22" />

        <Box>
          <Button component={RouterLink} to="/" variant="contained">
            {t('a11y.home')}
          </Button>
        </Box>
      </Stack>
    </PublicLayout>
  );
}
