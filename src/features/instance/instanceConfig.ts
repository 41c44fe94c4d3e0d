/**
 * The one piece of runtime config the instance view needs: where "Open in the app" goes. Set
 * once at start-up from config.json (`appLinkPattern`), like the API client's base path; without
 * it the link is simply not offered.
 */
let appLinkPattern: string | null = null;

export function configureInstanceView(options: { appLinkPattern: string }): void {
  appLinkPattern = options.appLinkPattern;
}

export function getAppLinkPattern(): string | null {
  return appLinkPattern;
}
