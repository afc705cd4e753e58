/**
 * The registration form hands the new registration's calendar subscription address to the manage
 * page through this tab's sessionStorage: the address is shown once (only its hash is stored on
 * the server), and the manage page must still show it after a reload. Nothing leaves the browser.
 */
export type FreshRegistration = { feedUrl: string | null; email: string };

const key = (registrationId: string) => `tagung:registered:${registrationId}`;

export function rememberFreshRegistration(registrationId: string, value: FreshRegistration) {
  try {
    sessionStorage.setItem(key(registrationId), JSON.stringify(value));
  } catch {
    // Storage blocked (private mode, quota): the manage page then points to the emailed address.
  }
}

export function readFreshRegistration(registrationId: string): FreshRegistration | null {
  try {
    const raw = sessionStorage.getItem(key(registrationId));
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<FreshRegistration>;
    return { feedUrl: typeof value.feedUrl === "string" ? value.feedUrl : null, email: typeof value.email === "string" ? value.email : "" };
  } catch {
    return null;
  }
}
