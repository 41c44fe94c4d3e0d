/** Fixed loopback origins of the emulator: the app's config.json and the OIDC client name them. */
export const PLATFORM_URL = 'http://127.0.0.1:5101';
export const IDPORTEN_URL = 'http://127.0.0.1:5102';
export const CONTROL_URL = `${PLATFORM_URL}/__emulator`;
