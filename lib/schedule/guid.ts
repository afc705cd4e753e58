/**
 * Stable GUIDs for the schedule export and webhooks: UUIDv5 (RFC 9562, SHA-1 name-based) of a
 * session's (or room's, speaker's) id under Tagung's fixed namespaces. The same session keeps its
 * GUID across exports, servers and renamed titles, as conference apps expect.
 */
import { createHash } from "node:crypto";

/** Fixed namespaces (random v4 UUIDs chosen once for Tagung; never change them). */
export const GUID_NAMESPACES = {
  session: "5f0c1e52-8a3b-4c6e-9d71-2b4f8e6a1c30",
  room: "a2d7c4e9-3f15-4b8a-8e62-7c9d1f0b5a44",
  person: "c81e4b7a-6d29-4f3c-a5b0-9e2f7d3c1a58",
} as const;

export function uuidV5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ""), "hex");
  const hash = createHash("sha1").update(ns).update(name, "utf8").digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const sessionGuid = (sessionId: string) => uuidV5(sessionId, GUID_NAMESPACES.session);
export const roomGuid = (roomId: string) => uuidV5(roomId, GUID_NAMESPACES.room);
export const personGuid = (speakerId: string) => uuidV5(speakerId, GUID_NAMESPACES.person);

/** A positive 31-bit integer from a GUID, for formats that want numeric ids (frab's event id). */
export function numericId(guid: string): number {
  return (parseInt(guid.replace(/-/g, "").slice(0, 8), 16) & 0x7fffffff) || 1;
}
