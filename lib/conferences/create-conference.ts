/**
 * A new conference starts as a draft organised by one host. Platform admins may create it for any
 * host; everyone else only for a host they own or edit for (viewers may not), so a conference
 * always has someone who can manage it.
 */
import "server-only";
import type { z } from "zod";
import { writeAuditLog } from "../audit";
import type { Tx } from "../db";
import { db } from "../db";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { createConferenceInput, detailsColumns, detailsToInstants } from "./schema";
import { slugTakenOnUnique } from "./slug-taken";

/** The hosts a user may create a conference for, by short name. */
export async function hostsForNewConference(userId: string, tx: Tx = db) {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { isPlatformAdmin: true, memberships: { where: { role: { in: ["owner", "editor"] } }, select: { hostId: true } } },
  });
  if (!user) return [];
  return tx.host.findMany({
    where: user.isPlatformAdmin ? {} : { id: { in: user.memberships.map((m) => m.hostId) } },
    orderBy: { shortName: "asc" },
    select: { id: true, shortName: true, name: true },
  });
}

export async function createConference(options: { input: z.output<typeof createConferenceInput>; actor: { userId: string } }) {
  const { hostId, details } = options.input;
  return writeTransaction(async (tx) => {
    const allowed = await hostsForNewConference(options.actor.userId, tx);
    if (!allowed.some((h) => h.id === hostId)) {
      // A host that exists but is not theirs is refused as such; an unknown id is a form mistake.
      if (await tx.host.findUnique({ where: { id: hostId }, select: { id: true } })) throw new AppError("forbidden", "You may not create conferences for this host");
      throw new AppError("validation", "Unknown host", { hostId: "unknownHost" });
    }
    if (await tx.conference.findUnique({ where: { slug: details.slug }, select: { id: true } })) throw new AppError("validation", "Slug taken", { slug: "slugTaken" });
    const instants = detailsToInstants(details);
    const data = {
      ...detailsColumns(details),
      ...instants,
    };
    const conference = await tx.conference.create({ data: { ...data, status: "draft", hosts: { create: { hostId, role: "organiser", position: 0 } } } });
    await writeAuditLog(tx, {
      actor: options.actor,
      conferenceId: conference.id,
      entityType: "Conference",
      entityId: conference.id,
      action: "conference.create",
      after: {
        ...data,
        startsAt: instants.startsAt.toISOString(),
        endsAt: instants.endsAt.toISOString(),
        registrationOpensAt: instants.registrationOpensAt?.toISOString() ?? null,
        registrationClosesAt: instants.registrationClosesAt?.toISOString() ?? null,
        status: "draft",
        organiserHostId: hostId,
      },
    });
    return conference;
  }).catch(slugTakenOnUnique);
}
