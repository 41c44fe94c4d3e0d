/** A fault injected through `POST /__emulator/faults`, matched by method and path prefix. */
export interface Fault {
  method: string;
  path: string;
  status?: number;
  /** How many matching requests it affects; unlimited when absent. */
  times?: number;
  delayMs?: number;
  /** Seconds for the `Retry-After` header (429 and 503 get one by default). */
  retryAfter?: number;
  malformed?: boolean;
  drop?: boolean;
}

export type FaultInput = Record<string, unknown>;

/** Validates a fault from JSON; returns an error sentence for a 400 when it is not usable. */
export function parseFault(input: unknown): Fault | string {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return 'A fault is a JSON object.';
  const raw = input as FaultInput;
  const method = typeof raw['method'] === 'string' ? raw['method'].toUpperCase() : '*';
  if (typeof raw['path'] !== 'string' || !raw['path'].startsWith('/'))
    return '"path" must be a path prefix starting with /.';
  const fault: Fault = { method, path: raw['path'] };
  const numbers = ['status', 'times', 'delayMs', 'retryAfter'] as const;
  for (const key of numbers) {
    const value = raw[key];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
      return `"${key}" must be a non-negative integer.`;
    fault[key] = value;
  }
  if (fault.status !== undefined && (fault.status < 100 || fault.status > 599))
    return '"status" must be an HTTP status.';
  for (const key of ['malformed', 'drop'] as const) {
    const value = raw[key];
    if (value === undefined) continue;
    if (typeof value !== 'boolean') return `"${key}" must be true or false.`;
    fault[key] = value;
  }
  if (fault.status === undefined && !fault.delayMs && !fault.malformed && !fault.drop) {
    return 'A fault needs at least one of status, delayMs, malformed or drop.';
  }
  return fault;
}

/** The active faults. The first match with uses left applies; each use counts down `times`. */
export class FaultRegistry {
  private faults: Fault[] = [];

  add(fault: Fault): void {
    this.faults.push({ ...fault });
  }

  clear(): void {
    this.faults = [];
  }

  list(): Fault[] {
    return this.faults.map((fault) => ({ ...fault }));
  }

  take(method: string, path: string): Fault | undefined {
    const lowerPath = path.toLowerCase();
    const index = this.faults.findIndex(
      (fault) =>
        (fault.method === '*' || fault.method === method) && lowerPath.startsWith(fault.path.toLowerCase()),
    );
    if (index < 0) return undefined;
    const fault = this.faults[index];
    if (!fault) return undefined;
    if (fault.times !== undefined) {
      fault.times -= 1;
      if (fault.times <= 0) this.faults.splice(index, 1);
    }
    return fault;
  }
}
