/**
 * What organisers type for a conference's rooms, tracks and speakers. Messages are codes the UI
 * translates (resources.fieldErrors.*), shared by the forms and the use cases.
 */
import { z } from "zod";
import { capacityInput } from "../capacity-input";
import { TRACK_PALETTE } from "./rules";

const id = z.string().trim().min(1).max(64);
const optionalId = z
  .string()
  .max(64)
  .nullish()
  .transform((v) => (v ? v : null));
/** Empty optional text becomes null, so "cleared" and "never set" look the same. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .nullish()
    .transform((v) => (v ? v : null));
const name = z.string().trim().min(1, "required").max(120, "tooLong");

const TRACK_COLOURS = Object.values(TRACK_PALETTE) as [string, ...string[]];

export const saveRoomInput = z.object({
  conferenceId: id,
  /** Absent for a new room. */
  roomId: optionalId,
  name,
  description: optionalText(1000),
  capacity: capacityInput({ min: 1, max: 100_000 }),
});
export type SaveRoomInput = z.input<typeof saveRoomInput>;

export const saveTrackInput = z.object({
  conferenceId: id,
  trackId: optionalId,
  name,
  color: z.enum(TRACK_COLOURS, "invalidColour"),
});
export type SaveTrackInput = z.input<typeof saveTrackInput>;

export const saveSpeakerInput = z.object({
  conferenceId: id,
  speakerId: optionalId,
  name: z.string().trim().min(1, "required").max(200, "tooLong"),
  organisation: optionalText(200),
  bio: optionalText(5000),
  email: z
    .string()
    .trim()
    .max(254, "tooLong")
    .nullish()
    .transform((v) => (v ? v.toLowerCase() : null))
    .pipe(z.email("invalidEmail").nullable()),
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
