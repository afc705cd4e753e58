/**
 * A print run of name badges. Only the conference's organisers (owners and editors of organising
 * hosts, platform admins) may print: badges carry the check-in code, and a print run is recorded
 * (each printed registration's badgePrintedAt, one audit row), which drives "only new since the
 * last print". Viewers and partner hosts are refused, as at the check-in desk.
 */
import "server-only";
import { writeAuditLog } from "../audit";
import type { Prisma } from "../db";
import { writeTransaction } from "../db-retry";
import { AppError } from "../errors";
import { formatDateRange } from "../format/datetime";
import { requireConferenceAccess, type OrganiserActor } from "../hosts/permissions";
import { getTranslator } from "../i18n-server";
import { hostColour } from "../pdf/host-colour";
import { zonedToUtc } from "../time/zoned";
import { renderBadges } from "./badge-pdf";
import type { BadgeQuery } from "./schema";

export type PrintBadgesResult = { pdf: Uint8Array; count: number; filename: string };

export async function printBadges(options: { input: BadgeQuery; actor: OrganiserActor; now?: Date }): Promise<PrintBadgesResult> {
  const now = options.now ?? new Date();
  const { conferenceId, since, registrationId, layout, locale } = options.input;
  const run = await writeTransaction(async (tx) => {
    await requireConferenceAccess(tx, options.actor, conferenceId, "manage");
    const conference = await tx.conference.findUniqueOrThrow({
      where: { id: conferenceId },
      select: { slug: true, title: true, startsAt: true, endsAt: true, timeZone: true, hosts: { orderBy: { position: "asc" }, select: { role: true, host: { select: { slug: true, colour: true } } } } },
    });
    const where: Prisma.RegistrationWhereInput = { conferenceId, anonymisedAt: null };
    if (registrationId) Object.assign(where, { id: registrationId, status: { not: "cancelled" } });
    else {
      where.status = "confirmed";
      if (since === "last") where.badgePrintedAt = null;
      else if (since) {
        // A plain date means midnight where the conference takes place.
        const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(since);
        const from = day ? zonedToUtc({ year: Number(day[1]), month: Number(day[2]), day: Number(day[3]), hour: 0, minute: 0 }, conference.timeZone) : new Date(since);
        where.OR = [{ confirmedAt: { gte: from } }, { confirmedAt: null, createdAt: { gte: from } }];
      }
    }
    const people = await tx.registration.findMany({ where, select: { id: true, name: true, organisation: true, checkInCode: true } });
    if (registrationId && !people.length) throw new AppError("not_found", "Registration not found");
    if (people.length) {
      await tx.registration.updateMany({ where: { id: { in: people.map((p) => p.id) } }, data: { badgePrintedAt: now } });
      await writeAuditLog(tx, { actor: options.actor, conferenceId, entityType: "Conference", entityId: conferenceId, action: "conference.badges-print", after: { count: people.length, layout, ...(since ? { since } : {}), ...(registrationId ? { registrationId } : {}) } });
    }
    return { conference, people };
  });
  const { conference: c } = run;
  const people = [...run.people].sort((a, b) => a.name.localeCompare(b.name, "de"));
  const organiser = c.hosts.find((h) => h.role === "organiser") ?? c.hosts[0];
  const t = await getTranslator(locale);
  const pdf = await renderBadges({
    layout,
    locale,
    conference: { title: c.title, dates: formatDateRange(c.startsAt, c.endsAt, c.timeZone, locale) },
    colour: hostColour(organiser?.host ?? { slug: c.slug }),
    labels: { title: t("badges.pdf.title"), empty: t("badges.pdf.empty") },
    badges: people.map((p) => ({ name: p.name, organisation: p.organisation, checkInCode: p.checkInCode })),
  });
  return { pdf, count: people.length, filename: `${c.slug}-${t("badges.pdf.filename")}.pdf` };
}
