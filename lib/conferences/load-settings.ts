/** What the settings page shows: the conference's details, hosts, questions, and the hosts one could add. */
import "server-only";
import { db } from "../db";
import { requireConferenceAccess } from "../hosts/permissions";
import { builtInFields } from "../registrations/built-in-fields";
import { answerCounts, storedOptions } from "./registration-questions";
import { detailsFormValues } from "./schema";

export async function loadConferenceSettings(options: { conferenceId: string; actor: { userId: string } }) {
  await requireConferenceAccess(db, options.actor.userId, options.conferenceId, "manage");
  const conference = await db.conference.findUniqueOrThrow({
    where: { id: options.conferenceId },
    include: {
      hosts: { orderBy: { position: "asc" }, include: { host: { select: { id: true, shortName: true, name: true, _count: { select: { sessions: { where: { conferenceId: options.conferenceId } } } } } } } },
      questions: { orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { position: "asc" }, { createdAt: "asc" }] },
    },
  });
  const linked = new Set(conference.hosts.map((h) => h.hostId));
  const available = await db.host.findMany({ where: { id: { notIn: [...linked] } }, orderBy: { shortName: "asc" }, select: { id: true, shortName: true, name: true } });
  const [registrations, waitlisted] = await Promise.all([
    db.registration.count({ where: { conferenceId: conference.id, status: { not: "cancelled" } } }),
    db.registration.count({ where: { conferenceId: conference.id, status: "waitlisted" } }),
  ]);
  const answers = await answerCounts(db, conference.id);
  const questions = conference.questions.map((q) => ({
      id: q.id,
      key: q.key,
      label: q.label,
      labelEn: q.labelEn ?? "",
      helpText: q.helpText ?? "",
      helpTextEn: q.helpTextEn ?? "",
      type: q.type,
      required: q.required,
      options: storedOptions(q.options),
      archived: q.archivedAt !== null,
    answers: answers.get(q.key) ?? 0,
  }));
  return {
    conference: { id: conference.id, title: conference.title, titleEn: conference.titleEn, slug: conference.slug, status: conference.status, timeZone: conference.timeZone, seatsTaken: conference.seatsTaken, capacity: conference.capacity },
    details: detailsFormValues(conference),
    formFields: builtInFields(conference),
    registrations,
    waitlisted,
    hosts: conference.hosts.map((h) => ({ hostId: h.hostId, shortName: h.host.shortName, name: h.host.name, role: h.role, sessions: h.host._count.sessions })),
    availableHosts: available,
    questions,
  };
}

export type ConferenceSettings = Awaited<ReturnType<typeof loadConferenceSettings>>;
