/**
 * The secrets in an attendee's links. A registration has several valid manage tokens (every emailed
 * link keeps working until revoked) and separate read-only feed tokens for the calendar
 * subscription; each is stored only as its SHA-256 hash.
 */
import "server-only";
import { db, type Tx } from "../db";
import { insertRows } from "../db-insert";
import { newId } from "../ids";
import { hashToken, isWellFormedToken, MAX_MANAGE_LINKS, newManageToken, type TokenKind } from "./token";

/** Writes a new token of that kind for the registration and returns the secret (for the link; never stored). */
export async function issueToken(tx: Tx, registrationId: string, kind: TokenKind, now = new Date()): Promise<string> {
  const token = newManageToken();
  await tx.registrationToken.create({ data: { registrationId, kind, tokenHash: hashToken(token), createdAt: now } });
  if (kind === "manage") {
    const surplus = await tx.registrationToken.findMany({
      where: { registrationId, kind, revokedAt: null },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: MAX_MANAGE_LINKS,
      select: { id: true },
    });
    if (surplus.length) await tx.registrationToken.updateMany({ where: { id: { in: surplus.map((s) => s.id) } }, data: { revokedAt: now } });
  }
  return token;
}

/**
 * The first manage and feed tokens of registrations created in this transaction, in one insert
 * (issueToken's revoking of surplus manage links has nothing to find for a new registration).
 */
export async function issueFirstTokens(tx: Tx, registrationIds: string[], now = new Date()): Promise<{ manage: string; feed: string }[]> {
  const tokens = registrationIds.map(() => ({ manage: newManageToken(), feed: newManageToken() }));
  await insertRows(
    tx,
    "RegistrationToken",
    registrationIds.flatMap((registrationId, i) =>
      (["manage", "feed"] as const).map((kind) => ({ id: newId(), registrationId, kind, tokenHash: hashToken(tokens[i][kind]), createdAt: now, revokedAt: null })),
    ),
  );
  return tokens;
}

/** The registration id a valid (unrevoked) token of that kind belongs to, or null. */
export async function registrationIdForToken(token: string, kind: TokenKind): Promise<string | null> {
  if (!isWellFormedToken(token)) return null;
  const row = await db.registrationToken.findUnique({ where: { tokenHash_kind: { tokenHash: hashToken(token), kind } }, select: { registrationId: true, revokedAt: true } });
  return row && !row.revokedAt ? row.registrationId : null;
}
