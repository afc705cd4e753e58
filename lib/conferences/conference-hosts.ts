/**
 * The hosts behind a conference and their roles. Organisers and co-organisers manage the whole
 * conference; partners only their own sessions (lib/hosts/permissions.ts). A conference keeps at
 * least one organiser, and a host responsible for sessions stays linked until those sessions move
 * to another host (sessions reference their host; removing it would orphan them). Only the organiser
 * host's owners and platform admins add, remove or change the role of hosts.
 */
import "server-only";
import type { z } from "zod";
import { writeAuditLog } from "../audit";
import type { Tx } from "../db";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { conferenceAccess, requireHostRoleAccess } from "../hosts/permissions";
import { addConferenceHostInput, removeConferenceHostInput, setConferenceHostRoleInput } from "./schema";
import { publicConferenceChanged } from "./public-cache";

type Actor = { userId: string };

async function linkOf(tx: Tx, conferenceId: string, hostId: string) {
  const link = await tx.conferenceHost.findUnique({ where: { conferenceId_hostId: { conferenceId, hostId } }, include: { host: { select: { shortName: true } } } });
  if (!link) throw new AppError("not_found", "Host is not part of this conference");
  return link;
}

async function otherOrganisers(tx: Tx, conferenceId: string, hostId: string) {
  return tx.conferenceHost.count({ where: { conferenceId, role: "organiser", hostId: { not: hostId } } });
}

function audit(tx: Tx, actor: Actor, conferenceId: string, hostId: string, action: string, before: object | null, after: object | null) {
  publicConferenceChanged(tx, conferenceId);
  return writeAuditLog(tx, { actor, conferenceId, entityType: "ConferenceHost", entityId: `${conferenceId}:${hostId}`, action, before, after });
}

/**
 * Checked after the change, inside the transaction: an organiser who demotes or removes the host
 * their own access comes from would lock themselves out mid-edit. Refused (rolled back); another
 * organiser or an admin can do it.
 */
async function keepOwnAccess(tx: Tx, userId: string, conferenceId: string, field: "role" | "hostId") {
  const after = await conferenceAccess(tx, userId, conferenceId);
  if (after.level !== "manage") throw new AppError("validation", "This change would take away your own access to the conference", { [field]: "ownAccess" });
}

export async function addConferenceHost(options: { input: z.output<typeof addConferenceHostInput>; actor: Actor }) {
  const input = options.input;
  return writeTransaction(async (tx) => {
    await requireHostRoleAccess(tx, options.actor.userId, input.conferenceId);
    const host = await tx.host.findUnique({ where: { id: input.hostId }, select: { id: true, shortName: true } });
    if (!host) throw new AppError("validation", "Unknown host", { hostId: "unknownHost" });
    const existing = await tx.conferenceHost.findUnique({ where: { conferenceId_hostId: { conferenceId: input.conferenceId, hostId: host.id } } });
    if (existing) throw new AppError("validation", "Host already linked", { hostId: "hostAlreadyLinked" });
    const last = await tx.conferenceHost.findFirst({ where: { conferenceId: input.conferenceId }, orderBy: { position: "desc" }, select: { position: true } });
    const link = await tx.conferenceHost.create({ data: { conferenceId: input.conferenceId, hostId: host.id, role: input.role, position: (last?.position ?? -1) + 1 } });
    await audit(tx, options.actor, input.conferenceId, host.id, "conference.host.add", null, { hostId: host.id, host: host.shortName, role: input.role });
    return { ...link, shortName: host.shortName };
  });
}

export async function setConferenceHostRole(options: { input: z.output<typeof setConferenceHostRoleInput>; actor: Actor }) {
  const input = options.input;
  return writeTransaction(async (tx) => {
    await requireHostRoleAccess(tx, options.actor.userId, input.conferenceId);
    const link = await linkOf(tx, input.conferenceId, input.hostId);
    if (link.role === input.role) return { ...link, shortName: link.host.shortName };
    if (link.role === "organiser" && (await otherOrganisers(tx, input.conferenceId, input.hostId)) === 0) {
      throw new AppError("validation", "A conference needs at least one organiser", { role: "lastOrganiser" });
    }
    const updated = await tx.conferenceHost.update({ where: { conferenceId_hostId: { conferenceId: input.conferenceId, hostId: input.hostId } }, data: { role: input.role } });
    await keepOwnAccess(tx, options.actor.userId, input.conferenceId, "role");
    await audit(tx, options.actor, input.conferenceId, input.hostId, "conference.host.role", { role: link.role }, { role: input.role, host: link.host.shortName });
    return { ...updated, shortName: link.host.shortName };
  });
}

export async function removeConferenceHost(options: { input: z.output<typeof removeConferenceHostInput>; actor: Actor }) {
  const input = options.input;
  return writeTransaction(async (tx) => {
    await requireHostRoleAccess(tx, options.actor.userId, input.conferenceId);
    const link = await linkOf(tx, input.conferenceId, input.hostId);
    if (link.role === "organiser" && (await otherOrganisers(tx, input.conferenceId, input.hostId)) === 0) {
      throw new AppError("validation", "A conference needs at least one organiser", { hostId: "lastOrganiser" });
    }
    const sessions = await tx.session.count({ where: { conferenceId: input.conferenceId, hostId: input.hostId } });
    if (sessions > 0) throw new AppError("validation", `${sessions} sessions belong to this host`, { hostId: "hostHasSessions" }, { sessions });
    await tx.conferenceHost.delete({ where: { conferenceId_hostId: { conferenceId: input.conferenceId, hostId: input.hostId } } });
    await keepOwnAccess(tx, options.actor.userId, input.conferenceId, "hostId");
    await audit(tx, options.actor, input.conferenceId, input.hostId, "conference.host.remove", { hostId: input.hostId, host: link.host.shortName, role: link.role }, null);
    return { shortName: link.host.shortName };
  });
}
