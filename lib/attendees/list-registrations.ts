/**
 * `GET /api/organiser/conferences/{id}/registrations`: the registrations an organiser (or an API
 * token) may see, a page at a time. Ordered by (updatedAt, id), so an integrator syncing with
 * `updatedSince` and following `nextCursor` sees every change, a changed row again at the end.
 */
import "server-only";
import { z } from "zod";
import "zod-openapi";
import { db, type Prisma } from "../db";
import { AppError } from "../errors";
import { conferenceAccess, type OrganiserActor } from "../hosts/permissions";
import { attendeeWhere } from "./list-attendees";
import { organiserRegistrationInclude, organiserRegistrationJson, organiserRegistrationSchema } from "./registration-json";

export const registrationListQuery = z
  .object({
    status: z.enum(["confirmed", "waitlisted", "cancelled"], "invalid").optional(),
    session: z.string().trim().min(1).max(64).optional().meta({ description: "Only registrations holding this session (confirmed or waiting)." }),
    search: z.string().trim().max(100, "tooLong").optional().meta({ description: "Name, email, organisation or check-in code." }),
    updatedSince: z.iso.datetime({ offset: true, error: "invalidDateTime" }).optional().meta({ description: "Only registrations changed at or after this time (ISO 8601 with offset)." }),
    limit: z.coerce.number("invalid").int("invalid").min(1, "invalid").max(200, "invalid").default(50),
    cursor: z.string().max(200).optional().meta({ description: "`nextCursor` of the previous page." }),
  })
  .strict();
export type RegistrationListQuery = z.output<typeof registrationListQuery>;

export const registrationListSchema = z
  .object({
    registrations: z.array(organiserRegistrationSchema),
    nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` for the next page; null on the last page." }),
    total: z.number().int().meta({ description: "How many registrations match the filters (all pages)." }),
  })
  .meta({ id: "OrganiserRegistrationList" });

function encodeCursor(updatedAt: Date, id: string): string {
  return Buffer.from(JSON.stringify([updatedAt.getTime(), id])).toString("base64url");
}

function decodeCursor(cursor: string): { updatedAt: Date; id: string } {
  try {
    const [ms, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    if (typeof ms === "number" && Number.isFinite(ms) && typeof id === "string" && id.length <= 64) return { updatedAt: new Date(ms), id };
  } catch {
    // falls through to the validation error
  }
  throw new AppError("validation", "Invalid cursor", { cursor: "invalid" });
}

export async function listRegistrations(options: { conferenceId: string; actor: OrganiserActor; query: RegistrationListQuery }): Promise<z.input<typeof registrationListSchema>> {
  const { query } = options;
  const access = await conferenceAccess(db, options.actor, options.conferenceId);
  if (access.level === "none") throw new AppError("not_found", "Conference not found");
  const filtered = attendeeWhere(options.conferenceId, access, { status: query.status, sessionId: query.session, q: query.search });
  const where: Prisma.RegistrationWhereInput = query.updatedSince ? { AND: [filtered, { updatedAt: { gte: new Date(query.updatedSince) } }] } : filtered;
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const page: Prisma.RegistrationWhereInput = after ? { AND: [where, { OR: [{ updatedAt: { gt: after.updatedAt } }, { updatedAt: after.updatedAt, id: { gt: after.id } }] }] } : where;
  const [conference, rows, total] = await Promise.all([
    db.conference.findUniqueOrThrow({ where: { id: options.conferenceId }, select: { timeZone: true } }),
    db.registration.findMany({ where: page, orderBy: [{ updatedAt: "asc" }, { id: "asc" }], take: query.limit + 1, include: organiserRegistrationInclude }),
    db.registration.count({ where }),
  ]);
  const more = rows.length > query.limit;
  const shown = more ? rows.slice(0, query.limit) : rows;
  const last = shown.at(-1);
  return {
    registrations: shown.map((r) => organiserRegistrationJson(r, conference.timeZone, access.readHostIds)),
    nextCursor: more && last ? encodeCursor(last.updatedAt, last.id) : null,
    total,
  };
}
