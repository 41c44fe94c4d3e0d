import type { AllPartiesLoader, AllPartiesSnapshot } from './allPartiesLoader';

/**
 * A stable external store around whichever loader is current, so `useSyncExternalStore` keeps
 * one subscription while loaders come and go (a new filter, a new party selection, StrictMode's
 * double effects).
 */
export class LoaderHolder<T> {
  private loader: AllPartiesLoader<T> | null = null;
  private unsubscribe: (() => void) | null = null;
  private readonly listeners = new Set<() => void>();

  set(loader: AllPartiesLoader<T> | null): void {
    this.unsubscribe?.();
    this.loader = loader;
    this.unsubscribe = loader?.subscribe(() => this.notify()) ?? null;
    this.notify();
  }

  get current(): AllPartiesLoader<T> | null {
    return this.loader;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): AllPartiesSnapshot<T> | null => this.loader?.getSnapshot() ?? null;

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
