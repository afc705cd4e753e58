/**
 * lib/db-insert.ts writes the registration path's rows with plain INSERTs. They must be stored
 * exactly as Prisma's createMany stores them, or every later read, comparison and ORDER BY would
 * differ between rows written one way and the other: for each table, the same row is written both
 * ways (once with every nullable column filled, once with them null) and read back raw, column by
 * column, on SQLite and on PostgreSQL.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db, dbProvider, Prisma, type Tx } from "@/lib/db";
import { insertRows, type InsertRows } from "@/lib/db-insert";
import { newId } from "@/lib/ids";
import { createConference, createSession, uniq } from "../helpers/fixtures";

type Case<M extends keyof InsertRows> = {
  model: M;
  /** The same row twice, apart from the columns that must be unique. */
  row: (variant: "prisma" | "raw", filled: boolean) => InsertRows[M];
  /** Identifies the two rows, for reading them back. */
  key: keyof InsertRows[M] & string;
  /** Columns that differ on purpose between the two rows. */
  differ: (keyof InsertRows[M] & string)[];
};

const at = (ms: number) => new Date(Date.UTC(2027, 2, 11, 13, 0, 0) + ms);

let conferenceId: string;
/** One session per row written, so that each row can be found by its session. */
let sessionIds: Record<string, string>;
let registrationIds: { prisma: string; raw: string };

beforeAll(async () => {
  const { conference, host } = await createConference();
  conferenceId = conference.id;
  sessionIds = {};
  for (const [k, key] of ["prisma-true", "raw-true", "prisma-false", "raw-false"].entries()) sessionIds[key] = (await createSession(conference, host.id, { offsetMinutes: k * 120 })).id;
  const base = { conferenceId, name: "P", email: "p@example.org", status: "confirmed" as const, consentAt: at(0), consentVersion: "1", locale: "de" };
  registrationIds = {
    prisma: (await db.registration.create({ data: { ...base, emailKey: uniq("p"), checkInCode: uniq("C") } })).id,
    raw: (await db.registration.create({ data: { ...base, emailKey: uniq("r"), checkInCode: uniq("C") } })).id,
  };
});

const cases = [
  {
    model: "Registration",
    key: "id",
    differ: ["id", "emailKey", "checkInCode"],
    row: (variant, filled) => ({
      id: newId(),
      conferenceId,
      name: "Jörg Müller-Lüdenscheidt «Ä»",
      email: "jörg@müller.de",
      emailKey: uniq(variant),
      organisation: filled ? "Landesamt für Schule und Bildung" : null,
      jobTitle: filled ? "Referent:in" : null,
      accessibilityNeeds: filled ? "Rollstuhl; 'Rampe'" : null,
      dietaryRequirements: filled ? 'vegan "streng"' : null,
      answers: filled ? { role: "teacher", topics: ["a", "b"], newsletter: true, note: "ü\n\"x\"" } : {},
      locale: "en",
      status: filled ? "waitlisted" : "confirmed",
      waitlistedAt: filled ? at(1) : null,
      confirmedAt: filled ? at(2) : null,
      cancelledAt: filled ? at(3) : null,
      consentAt: at(4),
      consentVersion: "2026-1",
      checkInCode: uniq("CODE"),
      checkedInAt: filled ? at(5) : null,
      checkedInBy: filled ? "door 1" : null,
      broadcastOptOutAt: filled ? at(6) : null,
      source: "organiser",
      anonymisedAt: filled ? at(7) : null,
      badgePrintedAt: filled ? at(8) : null,
      createdAt: at(9),
      updatedAt: at(10),
    }),
  } satisfies Case<"Registration">,
  {
    model: "RegistrationToken",
    key: "id",
    differ: ["id", "tokenHash", "registrationId"],
    row: (variant, filled) => ({ id: newId(), registrationId: registrationIds[variant], kind: "manage", tokenHash: uniq("hash"), createdAt: at(11), revokedAt: filled ? at(12) : null }),
  } satisfies Case<"RegistrationToken">,
  {
    model: "SessionRegistration",
    key: "sessionId",
    differ: ["sessionId", "registrationId"],
    row: (variant, filled) => ({
      registrationId: registrationIds[variant],
      sessionId: sessionIds[`${variant}-${filled}`],
      status: filled ? "cancelled" : "confirmed",
      waitlistedAt: filled ? at(13) : null,
      confirmedAt: filled ? at(14) : null,
      cancelledAt: filled ? at(15) : null,
      createdAt: at(16),
      updatedAt: at(17),
    }),
  } satisfies Case<"SessionRegistration">,
  {
    model: "CalendarDelivery",
    key: "uid",
    differ: ["uid", "registrationId"],
    row: (variant, filled) => ({ registrationId: registrationIds[variant], uid: uniq(`uid-${filled}`), sequence: filled ? 7 : 0, updatedAt: at(18) }),
  } satisfies Case<"CalendarDelivery">,
  {
    model: "EmailOutbox",
    key: "id",
    differ: ["id", "messageId", "dedupeKey", "registrationId"],
    row: (variant, filled) => {
      const id = newId();
      return {
        id,
        kind: "registration-received",
        toAddress: "jörg@müller.de",
        toName: filled ? "Jörg «Ä»" : null,
        locale: "en",
        payload: { manageUrl: "https://x/y?z=1&w=ä", sessions: [{ title: "A", at: "2027-03-11" }], n: 1.5, none: null },
        messageId: `<${id}@example.org>`,
        dedupeKey: filled ? uniq("dedupe") : null,
        status: filled ? "failed" : "pending",
        attempts: filled ? 3 : 0,
        nextAttemptAt: at(19),
        lockedBy: filled ? "worker-1" : null,
        lockedUntil: filled ? at(20) : null,
        lastError: filled ? "550 no" : null,
        subject: filled ? "Betreff «Ä»" : null,
        sentAt: filled ? at(21) : null,
        conferenceId: filled ? conferenceId : null,
        registrationId: filled ? registrationIds[variant] : null,
        createdAt: at(22),
        updatedAt: at(23),
      };
    },
  } satisfies Case<"EmailOutbox">,
  {
    model: "AuditLog",
    key: "id",
    differ: ["id"],
    row: (_variant, filled) => ({
      id: newId(),
      at: at(24),
      actorUserId: null,
      actorLabel: filled ? "attendee" : null,
      conferenceId: filled ? conferenceId : null,
      entityType: "Registration",
      entityId: "r1",
      action: "registration.create",
      before: filled ? { status: "waitlisted", list: [1, 2] } : null,
      after: filled ? { status: "confirmed", sessions: [{ id: "s", status: "confirmed" }] } : null,
    }),
  } satisfies Case<"AuditLog">,
] as const;

/** Prisma's own insert of the row (createMany, as the registration path used before). */
async function prismaInsert(model: keyof InsertRows, row: Record<string, unknown>) {
  // A null JSON column is left out, as the registration path did (Prisma.DbNull belongs to one of the two generated clients).
  const data = Object.fromEntries(Object.entries(row).filter(([k, v]) => !(v === null && isJson(model, k))));
  const delegate = (db as unknown as Record<string, { createMany: (args: { data: unknown[] }) => Promise<unknown> }>)[model[0].toLowerCase() + model.slice(1)];
  await delegate.createMany({ data: [data] });
}

const isJson = (model: string, field: string) => Prisma.dmmf.datamodel.models.find((m) => m.name === model)!.fields.find((f) => f.name === field)!.type === "Json";

async function readRaw(model: string, key: string, value: unknown) {
  const placeholder = dbProvider === "postgresql" ? "$1" : "?";
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${model}" WHERE "${key}" = ${placeholder}`, value);
  expect(rows).toHaveLength(1);
  return rows[0];
}

/** The stored form itself, every column as text (a raw SELECT * would turn SQLite's date text back into dates). */
async function readStored(model: string, key: string, value: unknown) {
  const placeholder = dbProvider === "postgresql" ? "$1" : "?";
  const columns = Prisma.dmmf.datamodel.models.find((m) => m.name === model)!.fields.filter((f) => f.kind !== "object").map((f) => f.dbName ?? f.name);
  const list = columns.map((c) => `CAST("${c}" AS TEXT) AS "${c}"`).join(", ");
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT ${list} FROM "${model}" WHERE "${key}" = ${placeholder}`, value);
  expect(rows).toHaveLength(1);
  return rows[0];
}

describe(`insertRows stores what Prisma's createMany stores (${dbProvider})`, () => {
  for (const c of cases) {
    for (const filled of [true, false]) {
      it(`${c.model}, nullable columns ${filled ? "filled" : "null"}`, async () => {
        const mine = c.row("prisma", filled) as Record<string, unknown>;
        const theirs = c.row("raw", filled) as Record<string, unknown>;
        await prismaInsert(c.model, mine);
        await db.$transaction((tx: Tx) => insertRows(tx, c.model, [theirs as never]));

        const strip = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).filter(([k]) => !(c.differ as readonly string[]).includes(k) && !(c.model === "SessionRegistration" && k === "id")));
        // Through Prisma: the same values, types included.
        const delegate = (db as unknown as Record<string, { findFirstOrThrow: (args: object) => Promise<Record<string, unknown>> }>)[c.model[0].toLowerCase() + c.model.slice(1)];
        const viaPrisma = [await delegate.findFirstOrThrow({ where: { [c.key]: mine[c.key] } }), await delegate.findFirstOrThrow({ where: { [c.key]: theirs[c.key] } })];
        expect(strip(viaPrisma[1])).toEqual(strip(viaPrisma[0]));
        expect(strip(viaPrisma[1])).toEqual(strip(theirs));
        // As stored: the same text for dates and JSON, so comparisons and ORDER BY agree.
        const stored = [await readStored(c.model, c.key, mine[c.key]), await readStored(c.model, c.key, theirs[c.key])];
        expect(strip(stored[1])).toEqual(strip(stored[0]));
        const raw = [await readRaw(c.model, c.key, mine[c.key]), await readRaw(c.model, c.key, theirs[c.key])];
        expect(strip(raw[1])).toEqual(strip(raw[0]));
      });
    }
  }

  it("names every column the schema has: a missing one is an error, not a database default", async () => {
    const row = cases[0].row("raw", false) as Record<string, unknown>;
    const { badgePrintedAt: _omitted, ...missing } = row;
    await expect(db.$transaction((tx: Tx) => insertRows(tx, "Registration", [missing as never]))).rejects.toThrow(/Registration\.badgePrintedAt not given/);
    await expect(db.$transaction((tx: Tx) => insertRows(tx, "Registration", [{ ...row, colour: "red" } as never]))).rejects.toThrow(/no column colour/);
  });

  it("more rows than one statement may carry values for are written in several", async () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => ({ ...(cases[5].row("raw", true) as InsertRows["AuditLog"]), entityId: `many-${i}` }));
    await db.$transaction((tx: Tx) => insertRows(tx, "AuditLog", rows)); // 20,000 values: one statement
    const more = Array.from({ length: 4_000 }, (_, i) => ({ ...(cases[5].row("raw", true) as InsertRows["AuditLog"]), entityId: `more-${i}` }));
    await db.$transaction((tx: Tx) => insertRows(tx, "AuditLog", more)); // 40,000 values: two
    expect(await db.auditLog.count({ where: { entityId: { startsWith: "m" }, action: "registration.create", conferenceId } })).toBe(6_000);
  });

  it("a unique violation is reported as Prisma reports it (the registration path tells it apart)", async () => {
    const { isUniqueViolation } = await import("@/lib/db-errors");
    const row = cases[0].row("raw", false) as InsertRows["Registration"];
    await db.$transaction((tx: Tx) => insertRows(tx, "Registration", [row]));
    const error = await db.$transaction((tx: Tx) => insertRows(tx, "Registration", [{ ...row, id: newId(), checkInCode: uniq("C") }])).catch((e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
  });
});
