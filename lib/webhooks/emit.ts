/**
 * Writes a webhook event inside the caller's transaction — the outbox for webhooks, like
 * enqueueEmail for mail: it commits with the change or not at all. One event row (its id is the
 * stable `webhook-id`, its payload the exact body) and one delivery row per enabled endpoint of the
 * conference subscribed to the type. With no such endpoint nothing is written (and nothing loaded).
 */
import { randomUUID } from "node:crypto";
import type { Prisma, Tx } from "../db";
import { sessionGuid } from "../schedule/guid";
import { toIsoWithOffset } from "../time/zoned";
import { subscribedTypes, type WebhookEventType } from "./events";

type RegistrationEventType = "registration.created" | "registration.updated" | "registration.cancelled" | "waitlist.promoted" | "checkin.created";
type SessionEventType = "session.changed" | "session.cancelled";

async function subscribers(tx: Tx, conferenceId: string, type: WebhookEventType): Promise<string[]> {
  const endpoints = await tx.webhookEndpoint.findMany({ where: { conferenceId, enabled: true }, select: { id: true, events: true } });
  return endpoints.filter((e) => subscribedTypes(e.events).includes(type)).map((e) => e.id);
}

async function writeEvent(
  tx: Tx,
  event: { conferenceId: string; type: WebhookEventType; endpointIds: string[]; now: Date; registrationId?: string; sessionId?: string; data: Record<string, unknown> },
): Promise<string> {
  const id = `msg_${randomUUID().replace(/-/g, "")}`;
  const payload = { id, type: event.type, timestamp: event.now.toISOString(), data: event.data };
  await tx.webhookEvent.create({
    data: {
      id,
      conferenceId: event.conferenceId,
      type: event.type,
      registrationId: event.registrationId ?? null,
      sessionId: event.sessionId ?? null,
      payload: payload as unknown as Prisma.InputJsonValue,
      createdAt: event.now,
      deliveries: { create: event.endpointIds.map((endpointId) => ({ endpointId, nextAttemptAt: event.now })) },
    },
  });
  return id;
}

function conferenceRef(c: { id: string; slug: string; timeZone: string }) {
  return { id: c.id, slug: c.slug, timeZone: c.timeZone };
}

/** A registration as receivers see it (no tokens, check-in code or special-category needs). */
export async function registrationEventData(tx: Tx, registrationId: string) {
  const r = await tx.registration.findUniqueOrThrow({
    where: { id: registrationId },
    include: {
      conference: { select: { id: true, slug: true, timeZone: true } },
      sessions: { include: { session: { select: { id: true, title: true, startsAt: true } } }, orderBy: { session: { startsAt: "asc" } } },
    },
  });
  const zone = r.conference.timeZone;
  const iso = (d: Date | null) => (d ? toIsoWithOffset(d, zone) : null);
  return {
    conference: conferenceRef(r.conference),
    registration: {
      id: r.id,
      status: r.status,
      name: r.name,
      email: r.email,
      organisation: r.organisation,
      jobTitle: r.jobTitle,
      locale: r.locale,
      answers: r.answers && typeof r.answers === "object" && !Array.isArray(r.answers) ? r.answers : {},
      source: r.source,
      createdAt: toIsoWithOffset(r.createdAt, zone),
      confirmedAt: iso(r.confirmedAt),
      cancelledAt: iso(r.cancelledAt),
      checkedInAt: iso(r.checkedInAt),
      anonymised: r.anonymisedAt !== null,
      sessions: r.sessions.map((s) => ({ id: s.sessionId, title: s.session.title, status: s.status })),
    },
  };
}

export async function sessionEventData(tx: Tx, sessionId: string) {
  const s = await tx.session.findUniqueOrThrow({
    where: { id: sessionId },
    include: {
      conference: { select: { id: true, slug: true, timeZone: true } },
      room: { select: { id: true, name: true } },
      track: { select: { id: true, name: true } },
      speakers: { include: { speaker: { select: { id: true, name: true } } }, orderBy: { position: "asc" } },
    },
  });
  const zone = s.conference.timeZone;
  return {
    conference: conferenceRef(s.conference),
    session: {
      id: s.id,
      guid: sessionGuid(s.id),
      title: s.title,
      abstract: s.abstract,
      format: s.format,
      language: s.language,
      status: s.status,
      startsAt: toIsoWithOffset(s.startsAt, zone),
      endsAt: toIsoWithOffset(s.endsAt, zone),
      timeZone: zone,
      room: s.room,
      track: s.track,
      speakers: s.speakers.map((sp) => ({ id: sp.speaker.id, name: sp.speaker.name })),
      capacity: s.capacity,
      seatsTaken: s.seatsTaken,
      revision: s.revision,
      cancelledAt: s.cancelledAt ? toIsoWithOffset(s.cancelledAt, zone) : null,
    },
  };
}

/** An event about a registration, with its state as of this point in the transaction. */
export async function emitRegistrationEvent(
  tx: Tx,
  options: { type: RegistrationEventType; conferenceId: string; registrationId: string; now: Date; extra?: Record<string, unknown> },
): Promise<string | null> {
  const endpointIds = await subscribers(tx, options.conferenceId, options.type);
  if (!endpointIds.length) return null;
  const data = { ...(await registrationEventData(tx, options.registrationId)), ...options.extra };
  return writeEvent(tx, { conferenceId: options.conferenceId, type: options.type, endpointIds, now: options.now, registrationId: options.registrationId, data });
}

/** One event per registration of a batch created together; the subscribers are looked up once. */
export async function emitRegistrationEvents(tx: Tx, options: { type: RegistrationEventType; conferenceId: string; registrations: { id: string; now: Date }[] }): Promise<void> {
  const endpointIds = await subscribers(tx, options.conferenceId, options.type);
  if (!endpointIds.length) return;
  for (const r of options.registrations) {
    const data = await registrationEventData(tx, r.id);
    await writeEvent(tx, { conferenceId: options.conferenceId, type: options.type, endpointIds, now: r.now, registrationId: r.id, data });
  }
}

/** An event about a session, with its state as of this point in the transaction. */
export async function emitSessionEvent(
  tx: Tx,
  options: { type: SessionEventType; conferenceId: string; sessionId: string; now: Date; extra?: Record<string, unknown> },
): Promise<string | null> {
  const endpointIds = await subscribers(tx, options.conferenceId, options.type);
  if (!endpointIds.length) return null;
  const data = { ...(await sessionEventData(tx, options.sessionId)), ...options.extra };
  return writeEvent(tx, { conferenceId: options.conferenceId, type: options.type, endpointIds, now: options.now, sessionId: options.sessionId, data });
}

/**
 * Erasure and retention: personal data leaves every stored event of the registration (delivered
 * ones and those still waiting); what remains says which registration changed and how.
 */
export async function redactWebhookEvents(tx: Tx, registrationId: string): Promise<void> {
  const events = await tx.webhookEvent.findMany({ where: { registrationId }, select: { id: true, payload: true } });
  for (const e of events) {
    const payload = e.payload as { data?: { registration?: Record<string, unknown> } };
    const registration = payload.data?.registration;
    if (!registration) continue;
    const redacted = {
      ...payload,
      data: {
        ...payload.data,
        registration: { ...registration, name: "", email: "", organisation: null, jobTitle: null, answers: {}, anonymised: true },
      },
    };
    await tx.webhookEvent.update({ where: { id: e.id }, data: { payload: redacted as unknown as Prisma.InputJsonValue } });
  }
}
