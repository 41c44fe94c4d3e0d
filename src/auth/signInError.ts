import type { AcrValue } from '../config/runtimeConfig';

/** Why a sign-in could not be completed; the callback route shows a message per code. */
export type SignInErrorCode = 'failed' | 'acrTooLow' | 'notRegistered' | 'loop';

/** What a "sign in again" button should ask for: the same place and level as the failed attempt. */
export interface SignInRetry {
  returnTo: string;
  acr: AcrValue;
}

export class SignInError extends Error {
  override readonly name = 'SignInError';
  readonly code: SignInErrorCode;
  readonly retry: SignInRetry | null;

  constructor(code: SignInErrorCode, retry: SignInRetry | null = null) {
    super(`Sign-in could not be completed (${code})`);
    this.code = code;
    this.retry = retry;
  }
}

export function isSignInError(error: unknown): error is SignInError {
  return error instanceof SignInError;
}
