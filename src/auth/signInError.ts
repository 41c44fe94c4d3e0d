/** Why a sign-in could not be completed; the callback route shows a message per code. */
export type SignInErrorCode = 'failed' | 'acrTooLow' | 'notRegistered' | 'loop';

export class SignInError extends Error {
  override readonly name = 'SignInError';
  readonly code: SignInErrorCode;

  constructor(code: SignInErrorCode) {
    super(`Sign-in could not be completed (${code})`);
    this.code = code;
  }
}

export function isSignInError(error: unknown): error is SignInError {
  return error instanceof SignInError;
}
