import { useT } from '../../i18n/useT';
import { failureMessage } from './failureMessage';

/** The plain-language sentence for a failed platform call (see failureMessage.ts). */
export function useFailureText(): (error: unknown) => string {
  const t = useT();
  return (error) => {
    const { key, status } = failureMessage(error);
    return status === undefined ? t(key) : t(key, { status });
  };
}
