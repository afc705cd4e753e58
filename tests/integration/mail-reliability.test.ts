import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { deliverPending } from "@/lib/mail/sender";
import { smtpDelivery } from "@/lib/mail/transport";
import { registerAttendee } from "../helpers/register";
import { createConference, createSession, uniq } from "../helpers/fixtures";
import { freePort, startSmtp, type TestSmtp } from "../helpers/smtp";

let smtp: TestSmtp | null = null;
beforeAll(() => {
  process.env.RATE_LIMIT = "off";
});
afterAll(async () => {
  await smtp?.close();
});

describe("nothing is lost while SMTP is down", () => {
  it("1,000 registrations succeed while SMTP is down; after it returns every mail arrives exactly once", { timeout: 300_000 }, async () => {
    const { conference, host } = await createConference();
    const session = await createSession(conference, host.id, { capacity: 100 });
    const port = await freePort();

    const results = await Promise.allSettled(
      Array.from({ length: 1000 }, (_, i) =>
        registerAttendee({ conferenceSlug: conference.slug, input: { name: `Person ${i}`, email: `${uniq(`rel${i}`)}@example.org`, consent: true, sessionIds: [session.id] } }),
      ),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const rows = await db.emailOutbox.findMany({ where: { conferenceId: conference.id }, select: { id: true, messageId: true } });
    // 1,000 confirmations, plus a calendar invite of its own for each of the 100 session seats
    // (one event per message: the confirmation carries the conference's).
    const MAILS = 1100;
    expect(rows).toHaveLength(MAILS);

    let now = new Date();
    const down = await deliverPending({ conferenceId: conference.id, limit: 2000, now, delivery: smtpDelivery(`smtp://127.0.0.1:${port}`) });
    expect(down).toEqual({ sent: 0, retried: MAILS, failed: 0 });

    smtp = await startSmtp(port, { parse: false });
    const delivery = smtpDelivery(smtp.url);
    for (let round = 0; round < 5 && smtp.messageIds.length < MAILS; round++) {
      now = new Date(now.getTime() + 60_000);
      await Promise.all([
        deliverPending({ workerId: "a", conferenceId: conference.id, limit: 2000, now, delivery }),
        deliverPending({ workerId: "b", conferenceId: conference.id, limit: 2000, now, delivery }),
      ]);
    }
    const received = smtp.messageIds;
    expect(received).toHaveLength(MAILS);
    expect(new Set(received)).toEqual(new Set(rows.map((r) => r.messageId)));
    expect(await db.emailOutbox.count({ where: { conferenceId: conference.id, status: "sent" } })).toBe(MAILS);
  });
});
