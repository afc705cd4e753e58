/**
 * The `public` messages the conference pages' client components use (programme, filters, session
 * cards, print table, seats badge, host cards, venue links): these pages hand the browser only
 * these (tests/unit/client-messages.test.ts checks that they cover every key those components use).
 */
export const PUBLIC_CLIENT_MESSAGES = [
  "formats",
  "languages",
  "programme",
  "mySessions.badge",
  "mySessions.only",
  "mySessions.forget",
  "session.time",
  "session.room",
  "session.speakers",
  "session.host",
  "session.track",
  "session.noRoom",
  "session.cancelled",
  "session.full",
  "session.seatsLeft",
  "conference.noSessions",
  "conference.websiteOf",
  "conference.map",
  "conference.directions",
  "roles",
] as const;
