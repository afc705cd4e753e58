import fs from "node:fs";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { actionLabel, formatAuditTime, readableChanges, recordedName, type AuditFormatContext, type AuditTranslate } from "@/lib/audit/format";
import { actionsInCode } from "../helpers/audit-actions";

const messages = (locale: "de" | "en") => ({ organiser: JSON.parse(fs.readFileSync(`messages/${locale}/organiser.json`, "utf8")) });
const translator = (locale: "de" | "en") => createTranslator({ locale, messages: messages(locale), namespace: "organiser.audit" }) as unknown as AuditTranslate;

/** Actions without a conference are labelled in the administration's messages (tests/unit/audit-labels.test.ts). */
const ADMIN_ACTIONS = new Set(Object.keys(JSON.parse(fs.readFileSync("messages/de/admin.json", "utf8")).auditActions as Record<string, string>));

const NAMES = new Map([
  ["sess_werkstatt01", "Werkstatt Inklusion"],
  ["sess_forum00001", "Forum Digital"],
  ["room_saal000001", "Saal 1"],
  ["room_raum000002", "Raum 2"],
  ["reg_anna0000001", "Anna Beispiel"],
  ["reg_bernd000001", "Bernd Muster"],
  ["track_praxis001", "Praxis"],
  ["speaker_lehmann", "Dr. Lehmann"],
  ["host_bismit0001", "BiSMit"],
  ["user_orga000001", "orga@bismit.example"],
]);
const QUESTIONS = [
  { key: "role", label: "In welcher Funktion nehmen Sie teil?", labelEn: "In which role do you attend?", options: [{ value: "head", label: "Schulleitung", labelEn: "Head teacher" }, { value: "teacher", label: "Lehrkraft", labelEn: "Teacher" }] },
];
const context = (locale: "de" | "en"): AuditFormatContext => ({ locale, timeZone: "Europe/Berlin", t: translator(locale), nameOf: (id) => NAMES.get(id), questions: QUESTIONS });

// 13:00 UTC in March is 14:00 in Berlin (CET); 14:00 UTC is 15:00.
const T14 = "2027-03-11T13:00:00.000Z";
const T15 = "2027-03-11T14:00:00.000Z";
const T16 = "2027-03-11T15:00:00.000Z";
const NEXT_DAY = "2027-03-12T08:30:00.000Z";

type Row = { action: string; entityType: string; before?: object | null; after?: object | null; de: Record<string, [string | null, string | null]> };

/** One row per action the code writes, with before/after shaped as its use case writes them, and what a German reader sees. */
const ROWS: Row[] = [
  { action: "registration.create", entityType: "Registration", after: { status: "confirmed", sessions: [{ id: "sess_werkstatt01", status: "confirmed" }, { id: "sess_forum00001", status: "waitlisted", waitlistPosition: 2 }] }, de: { Status: [null, "bestätigt"], Programmpunkte: [null, "Werkstatt Inklusion (bestätigt), Forum Digital (Warteliste, Platz 2)"] } },
  {
    action: "registration.update",
    entityType: "Registration",
    before: { name: "Anna Beispiel", organisation: "Schule A", jobTitle: null, locale: "de", sessions: ["sess_werkstatt01"] },
    after: { name: "Anna Beispiel", organisation: "Schule B", jobTitle: "Lehrerin", locale: "en", sessions: ["sess_werkstatt01", "sess_forum00001"], added: ["sess_forum00001"], changed: ["organisation", "jobTitle", "accessibilityNeeds", "answers.role", "locale"] },
    de: {
      Organisation: ["Schule A", "Schule B"],
      Funktion: ["–", "Lehrerin"],
      "Sprache der E-Mails": ["Deutsch", "Englisch"],
      Programmpunkte: ["Werkstatt Inklusion", "Werkstatt Inklusion, Forum Digital"],
      Hinzugefügt: [null, "Forum Digital"],
      "Geänderte Angaben": [null, "Organisation, Funktion, Barrierefreiheit, In welcher Funktion nehmen Sie teil?, Sprache der E-Mails"],
    },
  },
  { action: "registration.cancel", entityType: "Registration", before: { status: "confirmed" }, after: { status: "cancelled" }, de: { Status: ["bestätigt", "storniert"] } },
  { action: "registration.check-in", entityType: "Registration", de: {} },
  {
    action: "registration.confirm-from-waitlist",
    entityType: "SessionRegistration",
    before: { status: "waitlisted", sessionId: "sess_werkstatt01" },
    after: { status: "confirmed", promoted: [{ registrationId: "reg_bernd000001", sessionId: "sess_werkstatt01" }] },
    de: { Status: ["Warteliste", "bestätigt"], Programmpunkt: ["Werkstatt Inklusion", null], Nachgerückt: [null, "Bernd Muster: Werkstatt Inklusion"] },
  },
  { action: "registration.broadcast-opt-out", entityType: "Registration", after: { broadcastOptOutAt: T14 }, de: { "Nachrichten abbestellt am": [null, "11.03.2027 14:00"] } },
  { action: "registration.feed-reset", entityType: "Registration", after: { revokedFeedLinks: 2 }, de: { "Ungültige Kalender-Links": [null, "2"] } },
  { action: "registration.links-revoked", entityType: "Registration", after: { revokedManageLinks: 3 }, de: { "Ungültige Verwaltungslinks": [null, "3"] } },
  { action: "registration.erase", entityType: "Registration", after: { anonymised: true, reason: "Auf Wunsch per E-Mail" }, de: { Anonymisiert: [null, "ja"], Grund: [null, "Auf Wunsch per E-Mail"] } },
  { action: "registration.manage-link", entityType: "Registration", after: { to: "anna@example.org" }, de: { An: [null, "anna@example.org"] } },
  { action: "email.retry", entityType: "EmailOutbox", before: { status: "failed", attempts: 5, lastError: "550 mailbox unavailable" }, after: { status: "pending" }, de: { Status: ["nicht zustellbar", "wartet auf Versand"], Zustellversuche: ["5", null], "Letzter Fehler": ["550 mailbox unavailable", null] } },
  { action: "broadcast.send", entityType: "Session", after: { subject: "Raumänderung", body: "Wir treffen uns\nin Raum 2.", recipients: 12, skippedOptedOut: 1 }, de: { Betreff: [null, "Raumänderung"], Text: [null, "Wir treffen uns in Raum 2."], "Empfänger*innen": [null, "12"], "Ausgelassen (abbestellt)": [null, "1"] } },
  { action: "broadcast.test", entityType: "Conference", after: { subject: "Raumänderung", to: "orga@bismit.example", test: true }, de: { Betreff: [null, "Raumänderung"], An: [null, "orga@bismit.example"], Test: [null, "ja"] } },
  {
    action: "session.create",
    entityType: "Session",
    after: { title: "Werkstatt Inklusion", hostId: "host_bismit0001", startsAt: T14, endsAt: T15, roomId: "room_saal000001", capacity: null, status: "draft", format: "workshop", language: "de", trackId: "track_praxis001", speakerIds: ["speaker_lehmann"] },
    de: { Titel: [null, "Werkstatt Inklusion"], Träger: [null, "BiSMit"], Beginn: [null, "11.03.2027 14:00"], Ende: [null, "11.03.2027 15:00"], Raum: [null, "Saal 1"], Plätze: [null, "unbegrenzt"], Status: [null, "Entwurf"], Format: [null, "Workshop"], Sprache: [null, "Deutsch"], Track: [null, "Praxis"], Referierende: [null, "Dr. Lehmann"] },
  },
  {
    action: "session.update",
    entityType: "Session",
    before: { title: "Werkstatt", startsAt: T14, endsAt: T15, roomId: "room_saal000001", capacity: 20, status: "draft", format: "talk", language: "de", trackId: null, speakerIds: [] },
    after: { title: "Werkstatt", startsAt: T15, endsAt: NEXT_DAY, roomId: "room_raum000002", capacity: 25, status: "scheduled", format: "workshop", language: "en", trackId: "track_praxis001", speakerIds: ["speaker_lehmann"] },
    de: {
      Beginn: ["11.03.2027 14:00", "15:00"],
      Ende: ["11.03.2027 15:00", "12.03.2027 09:30"],
      Raum: ["Saal 1", "Raum 2"],
      Plätze: ["20", "25"],
      Status: ["Entwurf", "im Programm"],
      Format: ["Vortrag", "Workshop"],
      Sprache: ["Deutsch", "Englisch"],
      Track: ["–", "Praxis"],
      Referierende: ["–", "Dr. Lehmann"],
    },
  },
  { action: "session.cancel", entityType: "Session", before: { status: "scheduled" }, after: { status: "cancelled" }, de: { Status: ["im Programm", "abgesagt"] } },
  { action: "room.create", entityType: "Room", after: { name: "Saal 1", description: "Erdgeschoss", capacity: 80, position: 0 }, de: { Name: [null, "Saal 1"], Beschreibung: [null, "Erdgeschoss"], Plätze: [null, "80"], Position: [null, "0"] } },
  { action: "room.update", entityType: "Room", before: { name: "Saal", description: null, capacity: 80 }, after: { name: "Saal 1", description: null, capacity: null, sessionsUpdated: 2 }, de: { Name: ["Saal", "Saal 1"], Plätze: ["80", "unbegrenzt"], "Benachrichtigte Programmpunkte": [null, "2"] } },
  { action: "room.delete", entityType: "Room", before: { name: "Saal 1", description: null, capacity: 80, position: 1 }, de: { Name: ["Saal 1", null], Beschreibung: ["–", null], Plätze: ["80", null], Position: ["1", null] } },
  { action: "room.move", entityType: "Room", before: { order: ["room_saal000001", "room_raum000002"] }, after: { order: ["room_raum000002", "room_saal000001"], direction: "up" }, de: { Reihenfolge: ["Saal 1, Raum 2", "Raum 2, Saal 1"], Richtung: [null, "nach oben"] } },
  { action: "track.create", entityType: "Track", after: { name: "Praxis", color: "#1d4ed8", position: 0 }, de: { Name: [null, "Praxis"], Farbe: [null, "#1d4ed8"], Position: [null, "0"] } },
  { action: "track.update", entityType: "Track", before: { name: "Praxis", color: "#1d4ed8" }, after: { name: "Praxis", color: "#15803d", position: 0 }, de: { Farbe: ["#1d4ed8", "#15803d"], Position: [null, "0"] } },
  { action: "track.delete", entityType: "Track", before: { name: "Praxis", color: "#1d4ed8", position: 0 }, after: { unlinkedSessions: ["sess_werkstatt01"] }, de: { Name: ["Praxis", null], Farbe: ["#1d4ed8", null], Position: ["0", null], "Programmpunkte ohne Track": [null, "Werkstatt Inklusion"] } },
  { action: "track.move", entityType: "Track", before: { order: ["track_praxis001"] }, after: { order: ["track_praxis001"], direction: "down" }, de: { Richtung: [null, "nach unten"] } },
  { action: "speaker.create", entityType: "Speaker", after: { name: "Dr. Lehmann", organisation: "Uni Leipzig", bio: null, email: null }, de: { Name: [null, "Dr. Lehmann"], Organisation: [null, "Uni Leipzig"], Kurzbiografie: [null, "–"], "E-Mail-Adresse": [null, "–"] } },
  { action: "speaker.update", entityType: "Speaker", before: { name: "Lehmann", organisation: null, bio: null, email: null }, after: { name: "Dr. Lehmann", organisation: null, bio: null, email: null }, de: { Name: ["Lehmann", "Dr. Lehmann"] } },
  { action: "speaker.delete", entityType: "Speaker", before: { name: "Dr. Lehmann", organisation: "Uni Leipzig", bio: null, email: null }, de: { Name: ["Dr. Lehmann", null], Organisation: ["Uni Leipzig", null], Kurzbiografie: ["–", null], "E-Mail-Adresse": ["–", null] } },
  {
    action: "conference.create",
    entityType: "Conference",
    after: { title: "MBK 2027", slug: "mbk-2027", timeZone: "Europe/Berlin", capacity: 300, startsAt: T14, endsAt: NEXT_DAY, registrationOpensAt: null, status: "draft", organiserHostId: "host_bismit0001" },
    de: { Titel: [null, "MBK 2027"], Kurzadresse: [null, "mbk-2027"], Zeitzone: [null, "Europe/Berlin"], Plätze: [null, "300"], Beginn: [null, "11.03.2027 14:00"], Ende: [null, "12.03.2027 09:30"], "Anmeldung ab": [null, "–"], Status: [null, "Entwurf"], "Veranstaltender Träger": [null, "BiSMit"] },
  },
  {
    action: "conference.update",
    entityType: "Conference",
    before: { venueName: "Messe", registrationClosesAt: T14, capacity: 300 },
    after: { venueName: "Kongresshalle", registrationClosesAt: T16, capacity: 2, movedToWaitlist: ["reg_anna0000001"] },
    de: { Veranstaltungsort: ["Messe", "Kongresshalle"], "Anmeldung bis": ["11.03.2027 14:00", "16:00"], Plätze: ["300", "2"], "Auf die Warteliste verschoben": [null, "Anna Beispiel"] },
  },
  { action: "conference.status", entityType: "Conference", before: { status: "draft" }, after: { status: "published" }, de: { Status: ["Entwurf", "veröffentlicht"] } },
  { action: "conference.privacy", entityType: "Conference", before: { retentionMonths: 6, privacyText: null }, after: { retentionMonths: 3, privacyText: "Fotos werden gemacht." }, de: { "Speicherfrist (Monate)": ["6", "3"], "Eigener Datenschutztext": ["–", "Fotos werden gemacht."] } },
  { action: "conference.anonymise", entityType: "Conference", after: { registrations: 36, emails: 80, retentionMonths: 6 }, de: { Anmeldungen: [null, "36"], "E-Mails": [null, "80"], "Speicherfrist (Monate)": [null, "6"] } },
  { action: "conference.host.add", entityType: "ConferenceHost", after: { hostId: "host_bismit0001", host: "BiSMit", role: "co_organiser" }, de: { Träger: [null, "BiSMit"], Rolle: [null, "Mitveranstalter"] } },
  { action: "conference.host.role", entityType: "ConferenceHost", before: { role: "partner" }, after: { role: "co_organiser", host: "BiSMit" }, de: { Rolle: ["Partner", "Mitveranstalter"], Träger: [null, "BiSMit"] } },
  { action: "conference.host.remove", entityType: "ConferenceHost", before: { hostId: "host_bismit0001", host: "BiSMit", role: "partner" }, de: { Träger: ["BiSMit", null], Rolle: ["Partner", null] } },
  {
    action: "question.create",
    entityType: "RegistrationQuestion",
    after: { key: "role", label: "Funktion?", labelEn: null, helpText: null, type: "single_choice", required: true, position: 0, options: [{ value: "head", label: "Schulleitung", labelEn: "Head teacher" }] },
    de: { Schlüssel: [null, "role"], Frage: [null, "Funktion?"], "Frage (Englisch)": [null, "–"], Hilfetext: [null, "–"], Art: [null, "Einfachauswahl"], Pflichtfrage: [null, "ja"], Position: [null, "0"], Auswahlmöglichkeiten: [null, "Schulleitung"] },
  },
  {
    action: "question.update",
    entityType: "RegistrationQuestion",
    before: { label: "Funktion?", labelEn: null, helpText: null, type: "short_text", required: false, options: null },
    after: { label: "Funktion?", labelEn: "Role?", helpText: null, type: "multiple_choice", required: true, options: [{ value: "a", label: "Lehrkraft" }, { value: "b", label: "Schulleitung" }] },
    de: { "Frage (Englisch)": ["–", "Role?"], Art: ["kurzer Text", "Mehrfachauswahl"], Pflichtfrage: ["nein", "ja"], Auswahlmöglichkeiten: ["–", "Lehrkraft, Schulleitung"] },
  },
  { action: "question.move", entityType: "RegistrationQuestion", before: { position: 2 }, after: { position: 1 }, de: { Position: ["2", "1"] } },
  { action: "question.archive", entityType: "RegistrationQuestion", before: { archivedAt: null }, after: { archivedAt: T14, answers: 4 }, de: { "Archiviert am": ["–", "11.03.2027 14:00"], Antworten: [null, "4"] } },
  { action: "question.delete", entityType: "RegistrationQuestion", before: { key: "role", label: "Funktion?", type: "checkbox" }, de: { Schlüssel: ["role", null], Frage: ["Funktion?", null], Art: ["Ankreuzfeld", null] } },
  { action: "question.restore", entityType: "RegistrationQuestion", before: { archivedAt: T14 }, after: { archivedAt: null }, de: { "Archiviert am": ["11.03.2027 14:00", "–"] } },
  // Rows without a conference (administration) use the same formatter.
  { action: "host.create", entityType: "Host", after: { name: "Bildungsnetz", shortName: "BiNe", slug: "bine", website: null, contactEmail: "info@bine.example", logoUrl: null }, de: { Name: [null, "Bildungsnetz"], Kurzname: [null, "BiNe"], Kurzadresse: [null, "bine"], Website: [null, "–"], Kontaktadresse: [null, "info@bine.example"], "Logo-Adresse": [null, "–"] } },
  { action: "host.update", entityType: "Host", before: { shortName: "BN" }, after: { shortName: "BiNe" }, de: { Kurzname: ["BN", "BiNe"] } },
  { action: "member.role", entityType: "Membership", before: { hostId: "host_bismit0001", userId: "user_orga000001", role: "editor" }, after: { role: "owner" }, de: { Träger: ["BiSMit", null], Person: ["orga@bismit.example", null], Rolle: ["Redaktion", "Inhaber*in"] } },
  { action: "member.remove", entityType: "Membership", before: { hostId: "host_bismit0001", userId: "user_orga000001", role: "viewer" }, de: { Träger: ["BiSMit", null], Person: ["orga@bismit.example", null], Rolle: ["Lesezugriff", null] } },
  { action: "invitation.create", entityType: "HostInvitation", after: { hostId: "host_bismit0001", email: "neu@example.org", role: "editor", expiresAt: T14 }, de: { Träger: [null, "BiSMit"], "E-Mail-Adresse": [null, "neu@example.org"], Rolle: [null, "Redaktion"], "Gültig bis": [null, "11.03.2027 14:00"] } },
  { action: "invitation.resend", entityType: "HostInvitation", after: { email: "neu@example.org", expiresAt: T15 }, de: { "E-Mail-Adresse": [null, "neu@example.org"], "Gültig bis": [null, "11.03.2027 15:00"] } },
  { action: "invitation.revoke", entityType: "HostInvitation", before: { email: "neu@example.org" }, after: { revokedAt: T14 }, de: { "E-Mail-Adresse": ["neu@example.org", null], "Zurückgezogen am": [null, "11.03.2027 14:00"] } },
  { action: "invitation.accept", entityType: "HostInvitation", after: { hostId: "host_bismit0001", email: "neu@example.org", role: "viewer", userCreated: true }, de: { Träger: [null, "BiSMit"], "E-Mail-Adresse": [null, "neu@example.org"], Rolle: [null, "Lesezugriff"], "Konto neu angelegt": [null, "ja"] } },
  { action: "user.admin-grant", entityType: "User", before: { isPlatformAdmin: false }, after: { isPlatformAdmin: true }, de: { "Plattform-Administration": ["nein", "ja"] } },
  { action: "user.admin-revoke", entityType: "User", before: { isPlatformAdmin: true }, after: { isPlatformAdmin: false }, de: { "Plattform-Administration": ["ja", "nein"] } },
  { action: "user.admin-create", entityType: "User", before: null, after: { email: "admin@example.org", isPlatformAdmin: true }, de: { "E-Mail-Adresse": [null, "admin@example.org"], "Plattform-Administration": [null, "ja"] } },
  {
    action: "demo.remove",
    entityType: "Demo",
    before: { conferences: ["mbk-2027"], registrations: 40, sessions: 12, emails: 90, hosts: ["bismit"], users: ["orga@bismit.example"], keptHosts: [] },
    de: { Veranstaltungen: ["mbk-2027", null], Anmeldungen: ["40", null], Programmpunkte: ["12", null], "E-Mails": ["90", null], Träger: ["bismit", null], Personen: ["orga@bismit.example", null], "Beibehaltene Träger": ["–", null] },
  },
  { action: "conference.badges-print", entityType: "Conference", after: { count: 42, layout: "sheet", since: "2027-03-01T00:00:00.000Z" }, de: { Anzahl: [null, "42"], Format: [null, "A4-Bogen"], Seit: [null, "01.03.2027 01:00"] } },
  { action: "conference.certificates", entityType: "Conference", before: { certificatesEnabled: false, certificateSignatory: null }, after: { certificatesEnabled: true, certificateSignatory: "Dr. Anna Beispiel, Leitung BiSMit" }, de: { "Teilnahmebescheinigungen angeboten": ["nein", "ja"], "Unterzeichnet von": ["–", "Dr. Anna Beispiel, Leitung BiSMit"] } },
  { action: "conference.form_fields", entityType: "Conference", before: { organisationField: "optional", jobTitleField: "optional" }, after: { organisationField: "required", jobTitleField: "hidden" }, de: { "Feld „Organisation“": ["freiwillig", "Pflichtfeld"], "Feld „Funktion“": ["freiwillig", "ausgeblendet"] } },
  { action: "registration.certificate-issue", entityType: "Registration", after: { manual: true, hours: 5.5 }, de: { "Von Hand ausgestellt": [null, "ja"], Stunden: [null, "5,5"] } },
  { action: "session.check-in", entityType: "Registration", after: { sessionId: "sess_werkstatt01" }, de: { Programmpunkt: [null, "Werkstatt Inklusion"] } },
  { action: "conference.reminder.create", entityType: "Reminder", after: { hoursBefore: 48, extraTextDe: "Parkplätze im Hof.", extraTextEn: null }, de: { "Stunden vor Beginn": [null, "48"], "Zusatztext (Deutsch)": [null, "Parkplätze im Hof."], "Zusatztext (Englisch)": [null, "–"] } },
  { action: "conference.reminder.update", entityType: "Reminder", before: { hoursBefore: 48, extraTextDe: null, extraTextEn: null }, after: { hoursBefore: 24, extraTextDe: "Parkplätze im Hof.", extraTextEn: "Parking in the yard." }, de: { "Stunden vor Beginn": ["48", "24"], "Zusatztext (Deutsch)": ["–", "Parkplätze im Hof."], "Zusatztext (Englisch)": ["–", "Parking in the yard."] } },
  { action: "conference.reminder.remove", entityType: "Reminder", before: { hoursBefore: 24 }, de: { "Stunden vor Beginn": ["24", null] } },
  { action: "webhook.create", entityType: "WebhookEndpoint", after: { url: "https://crm.example.org/hooks", description: "CRM", events: ["registration.created", "registration.cancelled"], enabled: true }, de: { Adresse: [null, "https://crm.example.org/hooks"], Beschreibung: [null, "CRM"], Ereignisse: [null, "registration.created, registration.cancelled"], Aktiv: [null, "ja"] } },
  { action: "webhook.update", entityType: "WebhookEndpoint", before: { url: "https://crm.example.org/hooks", description: "CRM", events: ["registration.created"], enabled: true }, after: { url: "https://crm.example.org/hooks", description: "CRM", events: ["registration.created"], enabled: false }, de: { Aktiv: ["ja", "nein"] } },
  { action: "webhook.delete", entityType: "WebhookEndpoint", before: { url: "https://crm.example.org/hooks", description: "CRM", events: ["registration.created"], enabled: true }, de: { Adresse: ["https://crm.example.org/hooks", null], Beschreibung: ["CRM", null], Ereignisse: ["registration.created", null], Aktiv: ["ja", null] } },
  { action: "webhook.disable", entityType: "WebhookEndpoint", before: { enabled: true }, after: { enabled: false, reason: "failing", url: "https://crm.example.org/hooks", failingSince: T14 }, de: { Aktiv: ["ja", "nein"], Grund: [null, "dauerhaft fehlgeschlagen"], Adresse: [null, "https://crm.example.org/hooks"], "Fehlschläge seit": [null, "11.03.2027 14:00"] } },
  { action: "webhook.resend", entityType: "WebhookEndpoint", before: { status: "failed", attempts: 8 }, after: { deliveryId: "dlv_0000000001", eventId: "evt_0000000001", type: "registration.created" }, de: { Status: ["nicht zustellbar", null], Zustellversuche: ["8", null], Zustellung: [null, "dlv_0000000001"], Ereignis: [null, "evt_0000000001"], Art: [null, "registration.created"] } },
];

const asTable = (changes: ReturnType<typeof readableChanges>) => Object.fromEntries(changes.map((c) => [c.label, [c.before, c.after]]));

describe("the change log in human terms", () => {
  it("covers every action the code writes", () => {
    const covered = new Set(ROWS.map((r) => r.action));
    expect(actionsInCode().filter((a) => !covered.has(a))).toEqual([]);
  });

  it.each(ROWS)("$action reads as labels and translated values (German)", (row) => {
    const changes = readableChanges({ entityType: row.entityType, before: row.before ?? null, after: row.after ?? null }, context("de"));
    expect(asTable(changes)).toEqual(row.de);
  });

  it.each(["de", "en"] as const)("%s: no raw ISO time, field key or stored enum value reaches the reader, and every action has a label", (locale) => {
    const ctx = context(locale);
    for (const row of ROWS) {
      const changes = readableChanges({ entityType: row.entityType, before: row.before ?? null, after: row.after ?? null }, ctx);
      const text = JSON.stringify(changes.map((c) => [c.label, c.before, c.after]));
      expect(text, row.action).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
      // English words can equal a stored key ("confirmed"); German ones never do.
      const keys = locale === "de" ? /"(confirmed|waitlisted|cancelled|scheduled|published|draft|failed|pending|talk|owner|editor|viewer)"/ : /^$/;
      expect(text, row.action).not.toMatch(keys);
      expect(text, row.action).not.toMatch(/single_choice|multiple_choice|short_text|co_organiser|\b[a-z]+Id\b|\b[a-z]+[A-Z][a-z]+At\b/);
      for (const c of changes) expect(c.label, `${row.action}: ${c.field}`).not.toBe(c.field);
      if (!ADMIN_ACTIONS.has(row.action.replace(/\./g, "_"))) expect(actionLabel(row.action, ctx.t), row.action).not.toBe(row.action);
    }
  });

  it("English: the same row in English words and dates", () => {
    const row = ROWS.find((r) => r.action === "session.update")!;
    const changes = asTable(readableChanges({ entityType: "Session", before: row.before, after: row.after }, context("en")));
    expect(changes).toMatchObject({ Start: ["11 Mar 2027 14:00", "15:00"], End: ["11 Mar 2027 15:00", "12 Mar 2027 09:30"], Status: ["draft", "in the programme"], Format: ["Talk", "Workshop"], Language: ["German", "English"] });
    const update = ROWS.find((r) => r.action === "registration.update")!;
    expect(asTable(readableChanges({ entityType: "Registration", before: update.before, after: update.after }, context("en")))["Changed details"]).toEqual([null, "Organisation, Job title, Accessibility needs, In which role do you attend?, Email language"]);
  });

  it("times are the conference's wall time, also in summer and whatever the process zone", () => {
    expect(formatAuditTime(new Date("2027-07-01T07:00:00Z"), "Europe/Berlin", "de")).toBe("01.07.2027 09:00");
    expect(formatAuditTime(new Date("2027-07-01T07:00:00Z"), "America/New_York", "en")).toBe("1 Jul 2027 03:00");
  });

  it("a row about something deleted is named by what it recorded", () => {
    expect(recordedName({ name: "Saal 1" }, null)).toBe("Saal 1");
    expect(recordedName({ role: "partner" }, { role: "organiser", host: "BiSMit" })).toBe("BiSMit");
    expect(recordedName(null, { revokedFeedLinks: 1 })).toBeNull();
  });
});
