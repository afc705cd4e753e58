/**
 * What organisers type for a conference's rooms, tracks and speakers. Messages are codes the UI
 * translates (resources.fieldErrors.*), shared by the forms and the use cases.
 */
import { z } from "zod";
import { capacityInput } from "../capacity-input";
import { id, optionalEmail, optionalId, optionalText } from "../validation/fields";
import { TRACK_PALETTE } from "./rules";

const name = z.string().trim().min(1, "required").max(120, "tooLong");

const TRACK_COLOURS = Object.values(TRACK_PALETTE) as [string, ...string[]];

/*
 * One schema per resource for creating (no id) and editing (with id). An edit is partial
 * (lib/validation/fields.ts): an absent field keeps its stored value, null or "" clears an optional
 * one. So `name` and `color` are optional here and required by the use case only on create.
 */
export const saveRoomInput = z.object({
  conferenceId: id,
  /** Absent for a new room. */
  roomId: optionalId,
  name: name.optional(),
  description: optionalText(1000),
  /** The note in English (issue 14); empty shows the German one on the English site. */
  descriptionEn: optionalText(1000),
  capacity: capacityInput({ min: 1, max: 100_000 }),
});
export type SaveRoomInput = z.input<typeof saveRoomInput>;

export const saveTrackInput = z.object({
  conferenceId: id,
  trackId: optionalId,
  name: name.optional(),
  color: z.enum(TRACK_COLOURS, "invalidColour").optional(),
});
export type SaveTrackInput = z.input<typeof saveTrackInput>;

export const saveSpeakerInput = z.object({
  conferenceId: id,
  speakerId: optionalId,
  name: z.string().trim().min(1, "required").max(200, "tooLong").optional(),
  organisation: optionalText(200),
  bio: optionalText(5000),
  email: optionalEmail,
});
export type SaveSpeakerInput = z.input<typeof saveSpeakerInput>;

export const moveResourceInput = z.object({
  conferenceId: id,
  kind: z.enum(["room", "track"]),
  id,
  direction: z.enum(["up", "down"]),
});
export type MoveResourceInput = z.input<typeof moveResourceInput>;

export const deleteRoomInput = z.object({ conferenceId: id, roomId: id });
export const deleteTrackInput = z.object({
  conferenceId: id,
  trackId: id,
  /** The organiser confirmed that the track's sessions lose their track. */
  unlinkSessions: z.boolean().optional().default(false),
});
export const deleteSpeakerInput = z.object({ conferenceId: id, speakerId: id });
export type DeleteRoomInput = z.input<typeof deleteRoomInput>;
export type DeleteTrackInput = z.input<typeof deleteTrackInput>;
export type DeleteSpeakerInput = z.input<typeof deleteSpeakerInput>;
