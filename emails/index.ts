/** One template per kind of email (lib/mail/messages.ts). */
import type { EmailKind, EmailPayloads } from "../lib/mail/messages";
import { broadcast } from "./broadcast";
import { calendarInvite } from "./calendar-invite";
import { hostInvitation } from "./host-invitation";
import { manageLink } from "./manage-link";
import { registrationCancelled } from "./registration-cancelled";
import { registrationReceived } from "./registration-received";
import { registrationUpdated } from "./registration-updated";
import { reminder } from "./reminder";
import { sessionCancelled } from "./session-cancelled";
import { sessionUpdated } from "./session-updated";
import type { Rendered, TemplateContext } from "./shared";
import { signIn } from "./sign-in";
import { thankYou } from "./thank-you";
import { waitlistPromoted } from "./waitlist-promoted";
import { webhookDisabled } from "./webhook-disabled";

export const templates: { [K in EmailKind]: (payload: EmailPayloads[K], ctx: TemplateContext) => Rendered } = {
  "registration-received": registrationReceived,
  "manage-link": manageLink,
  "registration-updated": registrationUpdated,
  "waitlist-promoted": waitlistPromoted,
  "registration-cancelled": registrationCancelled,
  "session-updated": sessionUpdated,
  "session-cancelled": sessionCancelled,
  "calendar-invite": calendarInvite,
  "sign-in": signIn,
  "host-invitation": hostInvitation,
  broadcast,
  "webhook-disabled": webhookDisabled,
  reminder,
  "thank-you": thankYou,
};

export { CHECK_IN_QR_CID } from "./registration-received";
export { EmailLayout } from "./layout";
