import type { Adapter, AdapterFactory, AdapterPayload } from 'oidc-provider';

interface Entry {
  payload: AdapterPayload;
  /** Epoch milliseconds; `Infinity` when the model gave no lifetime. */
  expiresAt: number;
}

/** Models whose entries belong to a grant, so that revoking the grant removes them. */
const GRANT_MEMBERS = new Set(['AccessToken', 'AuthorizationCode', 'RefreshToken', 'DeviceCode']);

const SWEEP_EVERY = 500;

/**
 * One in-memory store for every oidc-provider model of one ID-porten instance.
 *
 * oidc-provider caches an adapter per model class for the life of the provider, so "forget
 * everything" cannot swap adapters: it empties this store instead. The package's own memory
 * adapter keeps a module-wide store shared by every provider in the process, which would let two
 * emulators (or two tests) see each other's sessions.
 */
export class MemoryStore {
  private readonly entries = new Map<string, Entry>();
  private readonly sessionByUid = new Map<string, string>();
  private readonly grantMembers = new Map<string, Set<string>>();
  private writes = 0;

  /** The factory to hand to oidc-provider's `adapter` setting. */
  readonly factory: AdapterFactory = (model: string): Adapter => this.adapterFor(model);

  clear(): void {
    this.entries.clear();
    this.sessionByUid.clear();
    this.grantMembers.clear();
  }

  /** Entries held right now, expired or not (diagnostics and tests). */
  get storedEntries(): number {
    return this.entries.size;
  }

  /** Drops expired entries now and then, so a long-running emulator does not keep every session it ever saw. */
  private sweepSometimes(): void {
    this.writes += 1;
    if (this.writes % SWEEP_EVERY !== 0) return;
    const now = Date.now();
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt <= now) this.entries.delete(key);
    }
    for (const [grantId, members] of this.grantMembers) {
      for (const key of members) if (!this.entries.has(key)) members.delete(key);
      if (members.size === 0) this.grantMembers.delete(grantId);
    }
    for (const [uid, id] of this.sessionByUid) {
      if (!this.entries.has(`Session:${id}`)) this.sessionByUid.delete(uid);
    }
  }

  private read(key: string): AdapterPayload | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.payload;
  }

  private adapterFor(model: string): Adapter {
    const keyOf = (id: string): string => `${model}:${id}`;
    return {
      upsert: async (id, payload, expiresIn) => {
        this.sweepSometimes();
        const key = keyOf(id);
        const expiresAt = typeof expiresIn === 'number' ? Date.now() + expiresIn * 1000 : Infinity;
        this.entries.set(key, { payload, expiresAt });
        if (model === 'Session' && typeof payload.uid === 'string') {
          this.sessionByUid.set(payload.uid, id);
        }
        if (GRANT_MEMBERS.has(model) && payload.grantId) {
          const members = this.grantMembers.get(payload.grantId) ?? new Set<string>();
          members.add(key);
          this.grantMembers.set(payload.grantId, members);
        }
      },
      find: async (id) => this.read(keyOf(id)),
      findByUid: async (uid) => {
        const id = this.sessionByUid.get(uid);
        return id === undefined ? undefined : this.read(keyOf(id));
      },
      findByUserCode: async () => undefined,
      consume: async (id) => {
        const payload = this.read(keyOf(id));
        if (payload) payload.consumed = Math.floor(Date.now() / 1000);
      },
      destroy: async (id) => {
        const key = keyOf(id);
        const payload = this.entries.get(key)?.payload;
        this.entries.delete(key);
        if (payload && typeof payload.uid === 'string' && this.sessionByUid.get(payload.uid) === id) {
          this.sessionByUid.delete(payload.uid);
        }
      },
      revokeByGrantId: async (grantId) => {
        for (const key of this.grantMembers.get(grantId) ?? []) this.entries.delete(key);
        this.grantMembers.delete(grantId);
      },
    };
  }
}
