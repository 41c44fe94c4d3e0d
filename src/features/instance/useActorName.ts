import { useCallback } from 'react';

import { useInstanceT } from '../../i18n/features/instance/useInstanceT';
import { describeActor, type ActorContext, type ActorSource } from './actors';

/** "deg"/"you", the organisation's name, or "en annen bruker"/"another user". */
export function useActorName(context: ActorContext): (source: ActorSource) => string {
  const t = useInstanceT();
  return useCallback(
    (source: ActorSource) => {
      const actor = describeActor(source, context);
      if (actor.kind === 'you') return t('actor.you');
      if (actor.kind === 'org') return actor.name;
      return t('actor.other');
    },
    [context, t],
  );
}
