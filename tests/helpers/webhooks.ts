/** A local webhook receiver and a conference with an organiser, for the webhook tests. */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { db } from "@/lib/db";
import { createConference, createSession, uniq } from "./fixtures";

export type Received = { path: string; headers: Record<string, string>; body: string; answered: number };

/**
 * Records every request. `answer` decides the status per request (default 204); answers that are
 * 2xx count as accepted.
 */
export async function startReceiver() {
  const received: Received[] = [];
  const state = { answer: (_r: Received): { status: number; headers?: Record<string, string>; body?: string } => ({ status: 204 }), hang: (_r: Received) => false };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const entry: Received = { path: req.url ?? "", headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])), body: Buffer.concat(chunks).toString("utf8"), answered: 0 };
      received.push(entry);
      if (state.hang(entry)) return; // never answers: the sender's deadline must end it
      const a = state.answer(entry);
      entry.answered = a.status;
      res.writeHead(a.status, a.headers ?? {});
      res.end(a.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    received,
    state,
    port,
    url: (path = "/hook") => `http://127.0.0.1:${port}${path}`,
    accepted: () => received.filter((r) => r.answered >= 200 && r.answered < 300),
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** A published conference with one scheduled session in the first room and an owner of its organising host. */
export async function webhookScenario(options: { capacity?: number | null; sessionCapacity?: number | null } = {}) {
  const { host, conference, rooms } = await createConference({ capacity: options.capacity ?? null });
  const owner = await db.user.create({ data: { email: `${uniq("owner")}@example.org`, name: "Olga Owner", memberships: { create: { hostId: host.id, role: "owner" } } } });
  const session = await createSession(conference, host.id, { roomId: rooms[0].id, capacity: options.sessionCapacity ?? null, title: "Fachkräfte sichern" });
  return { host, conference, rooms, owner, session };
}

export const LOOPBACK_POLICY = { allowHttpLoopback: true, allowPrivate: false };
