import { randomBytes } from "node:crypto";

let lastTime = 0;
let counter = 0;

/**
 * A collision-resistant id of the shape Prisma's `cuid()` default produces (25 characters, starts
 * with "c"), for rows written with `createMany` whose children need the id in the same statement
 * batch. Ids made in one process sort in the order they were made (time, then a counter), so rows
 * written together keep their order where a list breaks ties by id.
 */
export function newId(): string {
  const now = Date.now();
  if (now > lastTime) {
    lastTime = now;
    counter = 0;
  } else counter++;
  const time = lastTime.toString(36).padStart(9, "0");
  const count = counter.toString(36).padStart(4, "0").slice(-4);
  const random = Array.from(randomBytes(11), (b) => (b % 36).toString(36)).join("");
  return `c${time}${count}${random}`;
}
