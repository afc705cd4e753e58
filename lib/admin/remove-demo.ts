/**
 * `npm run demo:remove`: deletes exactly the demo content — conferences, hosts and users marked
 * isDemo, and everything below them (rooms, sessions, registrations, their emails and audit rows,
 * memberships, invitations, sign-in tokens). Nothing else: a demo host that a real conference
 * still uses (as host or as a session's host) is kept and reported.
 */
import "server-only";
import { writeAuditLog } from "../audit";
import { writeTransaction } from "../db-retry";
import { allPublicConferencesChanged } from "../conferences/public-cache";

export type RemovedDemo = {
  conferences: string[];
  registrations: number;
  sessions: number;
  emails: number;
  hosts: string[];
  users: string[];
  /** Demo hosts still used by conferences that are not demo content. */
  keptHosts: string[];
  /** Platform administrators left afterwards. */
  adminsLeft: number;
};

export async function removeDemo(): Promise<RemovedDemo> {
  return writeTransaction(
    async (tx) => {
      const conferences = await tx.conference.findMany({ where: { isDemo: true }, select: { id: true, slug: true }, orderBy: { slug: "asc" } });
      const conferenceIds = conferences.map((c) => c.id);
      allPublicConferencesChanged(tx);
      const registrations = await tx.registration.count({ where: { conferenceId: { in: conferenceIds } } });
      const sessions = await tx.session.count({ where: { conferenceId: { in: conferenceIds } } });
      // Outbox rows only point at a conference with SET NULL; they belong to the demo, so they go too.
      const { count: emails } = await tx.emailOutbox.deleteMany({ where: { OR: [{ conferenceId: { in: conferenceIds } }, { registration: { conferenceId: { in: conferenceIds } } }] } });
      await tx.conference.deleteMany({ where: { id: { in: conferenceIds } } });

      const demoHosts = await tx.host.findMany({
        where: { isDemo: true },
        select: { id: true, slug: true, _count: { select: { conferences: true, sessions: true } } },
        orderBy: { slug: "asc" },
      });
      const removable = demoHosts.filter((h) => h._count.conferences === 0 && h._count.sessions === 0);
      const keptHosts = demoHosts.filter((h) => !removable.includes(h)).map((h) => h.slug);
      await tx.host.deleteMany({ where: { id: { in: removable.map((h) => h.id) } } });

      const users = await tx.user.findMany({ where: { isDemo: true }, select: { email: true }, orderBy: { email: "asc" } });
      const emailsOfUsers = users.map((u) => u.email);
      await tx.verificationToken.deleteMany({ where: { identifier: { in: emailsOfUsers } } });
      await tx.user.deleteMany({ where: { isDemo: true } });
      await tx.auditLog.deleteMany({ where: { action: "seed.demo" } });

      const removed = { conferences: conferences.map((c) => c.slug), registrations, sessions, emails, hosts: removable.map((h) => h.slug), users: emailsOfUsers, keptHosts };
      await writeAuditLog(tx, { actor: "script", conferenceId: null, entityType: "Demo", entityId: "demo", action: "demo.remove", before: removed });
      return { ...removed, adminsLeft: await tx.user.count({ where: { isPlatformAdmin: true } }) };
    },
    { timeout: 60_000 },
  );
}
