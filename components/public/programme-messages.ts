/**
 * The `public` messages the programme's client components use (programme, filters, session
 * cards, print table, seats badge): the conference pages hand the browser only these
 * (tests/unit/client-messages.test.ts checks that they cover every key those components use).
 */
export const PROGRAMME_MESSAGES = [
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
] as const;
