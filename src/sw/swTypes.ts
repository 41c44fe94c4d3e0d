/**
 * The few service-worker types the download worker uses. The app's TypeScript program has the DOM
 * library; adding the WebWorker library to it clashes with DOM, so these are declared here.
 */
export interface ExtendableEventLike extends Event {
  waitUntil(promise: Promise<unknown>): void;
}

export interface FetchEventLike extends ExtendableEventLike {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}

export interface MessageSourceLike {
  readonly id: string;
  readonly url: string;
  readonly type?: string;
}

export interface ExtendableMessageEventLike extends ExtendableEventLike {
  readonly data: unknown;
  readonly origin: string;
  readonly source: MessageSourceLike | null;
  readonly ports: readonly MessagePort[];
}

export interface ServiceWorkerScopeLike {
  readonly location: Location;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEventLike) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEventLike) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEventLike) => void): void;
}
