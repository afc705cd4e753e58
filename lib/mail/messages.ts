/**
 * Every kind of email Tagung sends and the data its template needs. A use case writes one outbox
 * row per message (enqueueEmail, in its own transaction); the sender renders the template of that
 * kind from this payload later. Payloads are JSON: dates are ISO strings. Everything a message
 * says is captured when the change happens, so a later edit cannot change what an earlier mail says.
 */
import type { CalendarEventJson, CalendarMethod } from "../calendar/types";

export type ConferenceSummary = {
  slug: string;
  title: string;
  subtitle?: string | null;
  /** German title after "zu" (lib/conferences/title-phrases.ts); absent in rows queued before it existed. */
  titleDative?: string | null;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  venueName: string;
  venueAddress: string;
  /** Host display names, organisers first. */
  hosts: string[];
  url: string;
};

export type SessionLine = {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  room?: string | null;
  /** The language the title is in (German when no English title is entered); absent in older payloads. */
  titleLang?: "de" | "en";
  status: "confirmed" | "waitlisted" | "cancelled";
  waitlistPosition?: number | null;
};

/**
 * The one calendar part of a message: an iTIP object about exactly one event (one UID, RFC 5546
 * §3.2), with the SEQUENCE this recipient's calendar must see (lib/registrations/calendar-invites.ts).
 */
export type Invite = { method: Exclude<CalendarMethod, "PUBLISH">; event: CalendarEventJson };

/** What a short calendar-invite mail says about its event (times as ISO strings). */
export type InviteEventSummary = { kind: "conference" | "session"; title: string; startsAt: string; endsAt: string; location: string };

export type WithAttendee = {
  conference: ConferenceSummary;
  attendeeName: string;
  manageUrl: string;
  /** Personal agenda feed (https); the template also offers the webcal:// form. */
  agendaFeedUrl?: string;
  invite?: Invite;
  /** How many calendar-invite messages follow this one (the events it could not carry). */
  invitesFollow?: number;
};

export type RegistrationChangeField = "name" | "organisation" | "jobTitle" | "accessibilityNeeds" | "dietaryRequirements" | "answers" | "sessions";

export type EmailPayloads = {
  /** After registering (confirmed or on the conference's waiting list). */
  "registration-received": WithAttendee & {
    status: "confirmed" | "waitlisted";
    waitlistPosition?: number | null;
    sessions: SessionLine[];
    checkInCode: string;
  };
  /** A repeated registration or "lost your link?": the manage link again, nothing else. */
  "manage-link": WithAttendee;
  /** The attendee changed their sessions or answers. */
  /** reason "capacity-reduced": organisers cut the conference's places and moved this registration to the waiting list. */
  "registration-updated": WithAttendee & {
    sessions: SessionLine[];
    reason?: "capacity-reduced";
    /** What the attendee changed, by name (no values): detail fields, "answers", "sessions"; questions by label. */
    changed?: { fields: RegistrationChangeField[]; questions: string[] };
  };
  /** A seat freed up: moved from a waiting list to confirmed. */
  "waitlist-promoted": WithAttendee & {
    /** null: the conference itself; else the session. */
    session: SessionLine | null;
    checkInCode?: string;
  };
  "registration-cancelled": WithAttendee;
  /** An organiser changed time, room or title of a session the attendee holds. */
  "session-updated": WithAttendee & {
    session: SessionLine;
    /** What changed, for the text: e.g. { startsAt: { before, after } }. */
    changes: Record<string, { before: string | null; after: string | null }>;
  };
  "session-cancelled": WithAttendee & { session: SessionLine };
  /**
   * One calendar object that did not ride with the mail reporting the change (each message carries
   * one event): a further session of a registration, a dropped one, or a changed conference.
   */
  "calendar-invite": WithAttendee & {
    invite: Invite;
    event: InviteEventSummary;
    reason: "invite" | "cancel" | "conference-updated";
    changes?: Record<string, { before: string | null; after: string | null }>;
  };
  /** An owner of a host invited this address to join the host's team (accept at /invite/<token>). */
  "host-invitation": { url: string; hostName: string; hostShortName: string; role: "owner" | "editor" | "viewer"; inviterName: string; expiresAt: string; days: number };
  /** To a conference's organising owners: a webhook endpoint failed for a day and was switched off. */
  "webhook-disabled": { conferenceTitle: string; hosts: string[]; endpointUrl: string; failingSince: string; timeZone: string; pageUrl: string };
  /** Magic sign-in link for organisers. */
  "sign-in": { url: string; host: string; expiresMinutes: number };
  /**
   * Before the conference (lib/reminders): the person's agenda, the way to the venue, the check-in
   * QR code (confirmed only); waiting-list people get the version saying they are still waiting.
   */
  reminder: WithAttendee & {
    status: "confirmed" | "waitlisted";
    waitlistPosition?: number | null;
    sessions: SessionLine[];
    checkInCode?: string;
    /** The organisers' extra paragraph in the reader's language. */
    extraText?: string | null;
    /** A plain OpenStreetMap search link for the venue's address. */
    directionsUrl: string;
  };
  /** After the conference, to everyone who checked in: feedback per attended session, the certificate where offered. */
  "thank-you": WithAttendee & {
    /** The sessions the person attended (lib/attendees/attended-sessions.ts). */
    sessions: SessionLine[];
    /** The manage page's feedback section (carries the manage token; sealed). */
    feedbackUrl: string;
    /** Only when the conference offers certificates (carries the manage token; sealed). */
    certificateUrl?: string;
  };
  /** A message from organisers to attendees of a conference or a session. */
  broadcast: WithAttendee & {
    subject: string;
    body: string;
    senderName: string;
    /** Empty for a test send to the organiser themself (no opt-out link, no List-Unsubscribe). */
    unsubscribeUrl: string;
    /** A test the organiser sent to their own address: marked as such in subject and text. */
    test?: boolean;
  };
};

export type EmailKind = keyof EmailPayloads;
export const EMAIL_KINDS = [
  "registration-received",
  "manage-link",
  "registration-updated",
  "waitlist-promoted",
  "registration-cancelled",
  "session-updated",
  "session-cancelled",
  "calendar-invite",
  "sign-in",
  "host-invitation",
  "broadcast",
  "webhook-disabled",
  "reminder",
  "thank-you",
] as const satisfies readonly EmailKind[];
