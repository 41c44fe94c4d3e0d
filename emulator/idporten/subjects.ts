import { createHmac } from 'node:crypto';

/**
 * ID-porten never uses the national identity number as `sub`: it sends a pairwise pseudonym and
 * puts the number in `pid`. We derive a stable pseudonym per person (the same across restarts,
 * so an app that stores `sub` keeps recognising people) and remember the way back to the pid,
 * because oidc-provider only knows accounts by their `sub`.
 */
const PSEUDONYM_KEY = 'innboks-emulator/idporten/sub/v1';

export class SubjectRegistry {
  private readonly pidBySubject = new Map<string, string>();

  /** The pseudonymous subject for a person, registered so that `pidFor` can find them again. */
  subjectFor(pid: string): string {
    const sub = createHmac('sha256', PSEUDONYM_KEY).update(pid).digest('base64url');
    this.pidBySubject.set(sub, pid);
    return sub;
  }

  pidFor(sub: string): string | undefined {
    return this.pidBySubject.get(sub);
  }
}

/** An 11-digit national identity number (fødselsnummer or D-number); the checksum is not checked,
 *  since synthetic test numbers do not always carry valid check digits. */
export function isPid(value: unknown): value is string {
  return typeof value === 'string' && /^\d{11}$/.test(value);
}
