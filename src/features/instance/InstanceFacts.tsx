import Typography from '@mui/material/Typography';

import type { InstanceEvent } from '../../api/instance';
import { useInstanceT } from '../../i18n/features/instance/useInstanceT';
import { partyName } from '../parties/partyLabels';
import { changeActorSource } from './actors';
import { FactList, type Fact } from './FactList';
import { formatDate, formatDateTime } from './format';
import { altinnReference, instanceState, resolveText, statusWording } from './statusWording';
import { useActorName } from './useActorName';
import type { InstanceData } from './useInstanceData';

type Loaded = InstanceData & { instance: { data: NonNullable<InstanceData['instance']['data']> } };

/** The header's facts: who it is from and for, where it stands, its dates and reference. */
export function InstanceFacts({ data, events, now }: { data: Loaded; events: InstanceEvent[]; now: Date }) {
  const t = useInstanceT();
  const actorName = useActorName(data.actorContext);
  const instance = data.instance.data;
  const { language, texts } = data;
  const date = (iso: string) => formatDate(iso, language);
  const state = instanceState(instance);
  const status = statusWording(state, texts, date);
  const substatus = instance.status.substatus;
  const substatusLabel = resolveText(substatus?.label ?? null, texts);
  const substatusDescription = resolveText(substatus?.description ?? null, texts);
  const due = instance.dueBefore;
  const overdue = due !== null && state.kind === 'in-progress' && Date.parse(due) < now.getTime();

  const facts: Fact[] = [{ key: 'owner', label: t('instance.serviceOwner'), value: data.serviceOwner }];
  if (data.party) {
    const orgNumber = data.party.orgNumber
      ? ` (${t('party.orgNumber', { orgNumber: data.party.orgNumber })})`
      : '';
    facts.push({
      key: 'party',
      label: t('instance.party'),
      value: `${partyName(data.party, t)}${orgNumber}`,
    });
  }
  facts.push({
    key: 'status',
    label: t('instance.status'),
    value: (
      <>
        {t(status.key, status.params)}
        {state.kind === 'in-progress' && status.since && (
          <Typography component="span" sx={{ display: 'block', color: 'text.secondary' }}>
            {t('instance.status.stepSince', { date: date(status.since) })}
          </Typography>
        )}
      </>
    ),
  });
  if (substatusLabel) {
    facts.push({
      key: 'substatus',
      label: t('instance.substatus'),
      // Plain text nodes only: substatus texts come from the service owner.
      value: (
        <>
          <Typography component="span" sx={{ display: 'block', fontWeight: 600 }}>
            {substatusLabel}
          </Typography>
          {substatusDescription && (
            <Typography component="span" sx={{ display: 'block' }}>
              {substatusDescription}
            </Typography>
          )}
        </>
      ),
    });
  }
  if (due) {
    facts.push({
      key: 'due',
      label: t('instance.dueDate'),
      value: overdue ? t('instance.overdue', { date: date(due) }) : date(due),
    });
  }
  facts.push({ key: 'reference', label: t('instance.reference'), value: altinnReference(instance.guid) });
  if (instance.created) {
    const who = actorName(changeActorSource(instance.created, instance.createdBy, events));
    facts.push({
      key: 'created',
      label: t('instance.created'),
      value: t('instance.changedBy', { date: formatDateTime(instance.created, language), who }),
    });
  }
  if (instance.lastChanged) {
    const newestFirst = [...events].reverse();
    const who = actorName(changeActorSource(instance.lastChanged, instance.lastChangedBy, newestFirst));
    facts.push({
      key: 'changed',
      label: t('instance.lastChanged'),
      value: t('instance.changedBy', { date: formatDateTime(instance.lastChanged, language), who }),
    });
  }
  return <FactList facts={facts} />;
}
