import { randomBytes } from "node:crypto";

/** 10 characters from an alphabet without look-alikes: easy to type at the check-in desk. */
export function newCheckInCode(): string {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  return Array.from(randomBytes(10), (b) => alphabet[b % alphabet.length]).join("");
}
