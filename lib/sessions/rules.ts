/** Scheduling rules, pure: each returns the conflicts it finds as codes with details. */
import type { Refusal } from "../outcome";

export type Slot = { id?: string; title: string; startsAt: Date; endsAt: Date; roomId: string | null; speakerIds?: string[] };

export type Conflict =
  | { code: "end_before_start" }
  | { code: "outside_conference"; conferenceStartsAt: string; conferenceEndsAt: string }
  | { code: "room_taken"; other: string }
  | { code: "speaker_busy"; other: string; speakerId: string; speaker?: string }
  | { code: "capacity_below_confirmed"; confirmed: number }
  | { code: "draft_with_registrations"; registrations: number };

const overlaps = (a: Slot, b: Slot) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;

export function scheduleConflicts(
  slot: Slot,
  context: {
    conference: { startsAt: Date; endsAt: Date };
    others: Slot[];
    capacity?: number | null;
    confirmed?: number;
    /** Speaker names by id, so a clash can say who is double-booked. */
    speakerNames?: Record<string, string>;
  },
): Conflict[] {
  const conflicts: Conflict[] = [];
  if (slot.endsAt <= slot.startsAt) conflicts.push({ code: "end_before_start" });
  if (slot.startsAt < context.conference.startsAt || slot.endsAt > context.conference.endsAt) {
    conflicts.push({ code: "outside_conference", conferenceStartsAt: context.conference.startsAt.toISOString(), conferenceEndsAt: context.conference.endsAt.toISOString() });
  }
  for (const other of context.others) {
    if (other.id === slot.id || !overlaps(slot, other)) continue;
    if (slot.roomId && other.roomId === slot.roomId) conflicts.push({ code: "room_taken", other: other.title });
    const shared = (slot.speakerIds ?? []).find((s) => other.speakerIds?.includes(s));
    if (shared) {
      const speaker = context.speakerNames?.[shared];
      conflicts.push({ code: "speaker_busy", other: other.title, speakerId: shared, ...(speaker ? { speaker } : {}) });
    }
  }
  if (context.capacity != null && context.confirmed !== undefined && context.capacity < context.confirmed) {
    conflicts.push({ code: "capacity_below_confirmed", confirmed: context.confirmed });
  }
  return conflicts;
}

function describe(c: Conflict): string {
  switch (c.code) {
    case "end_before_start":
      return "The session must end after it starts";
    case "outside_conference":
      return "The session lies outside the conference's dates";
    case "room_taken":
      return `The room is already taken by "${c.other}" at that time`;
    case "speaker_busy":
      return `${c.speaker ?? "A speaker"} is in "${c.other}" at that time`;
    case "capacity_below_confirmed":
      return `${c.confirmed} attendees are already confirmed; the capacity cannot be lower`;
    case "draft_with_registrations":
      return `${c.registrations} attendees have registered for this session; cancel it instead of making it a draft`;
  }
}

/**
 * A published session with registrations cannot quietly become a draft: attendees would hold an
 * invite for a session that vanished. Cancelling tells them; going back to draft would not.
 */
export function statusConflicts(from: string, to: string, registrations: number): Conflict[] {
  return from === "scheduled" && to === "draft" && registrations > 0 ? [{ code: "draft_with_registrations", registrations }] : [];
}

/** A schedule change refused for its conflicts (room taken, speaker busy, capacity below the confirmed, …), all at once. */
export type ScheduleRefusal = Refusal<"schedule_conflict", { conflicts: Conflict[] }>;

export function conflictMessage(conflicts: Conflict[]): string {
  return conflicts.map(describe).join("; ");
}

/** The conference's days as YYYY-MM-DD in its time zone, first to last. */
export function conferenceDays(startsAt: Date, endsAt: Date, timeZone: string): string[] {
  const days: string[] = [];
  const key = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(d);
  const last = key(new Date(endsAt.getTime() - 1));
  // Step in 6-hour increments so DST days (23 or 25 hours) are never skipped.
  for (let t = startsAt.getTime(); days.length < 60; t += 6 * 36e5) {
    const k = key(new Date(t));
    if (!days.includes(k)) days.push(k);
    if (k === last || t > endsAt.getTime()) break;
  }
  return days;
}

/**
 * Lowering a session's capacity below its confirmed seats: which seats go to the waiting list when
 * the organiser chooses that. The latest confirmed go first, so earlier registrations keep theirs.
 */
export function overflowToWaitlist<S extends { id: number; confirmedAt: Date | null }>(confirmed: S[], capacity: number): S[] {
  const excess = confirmed.length - capacity;
  if (excess <= 0) return [];
  return [...confirmed].sort((a, b) => (b.confirmedAt?.getTime() ?? 0) - (a.confirmedAt?.getTime() ?? 0) || b.id - a.id).slice(0, excess);
}
