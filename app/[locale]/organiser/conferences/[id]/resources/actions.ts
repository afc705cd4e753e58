"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/action";
import { deleteRoom, type DeleteRoomResult } from "@/lib/resources/delete-room";
import { deleteSpeaker, type DeleteSpeakerResult } from "@/lib/resources/delete-speaker";
import { deleteTrack, type DeleteTrackResult } from "@/lib/resources/delete-track";
import { moveResource } from "@/lib/resources/move-resource";
import { saveRoom } from "@/lib/resources/save-room";
import { saveSpeaker } from "@/lib/resources/save-speaker";
import { saveTrack } from "@/lib/resources/save-track";
import {
  deleteRoomInput,
  deleteSpeakerInput,
  deleteTrackInput,
  moveResourceInput,
  saveRoomInput,
  saveSpeakerInput,
  saveTrackInput,
  type DeleteRoomInput,
  type DeleteSpeakerInput,
  type DeleteTrackInput,
  type MoveResourceInput,
  type SaveRoomInput,
  type SaveSpeakerInput,
  type SaveTrackInput,
} from "@/lib/resources/schema";

// Rooms, tracks and speakers also show in the timetable (columns, dialog choices).
function refresh() {
  revalidatePath("/[locale]/organiser/conferences/[id]/resources", "page");
  revalidatePath("/[locale]/organiser/conferences/[id]/timetable", "page");
}

export async function saveRoomAction(input: SaveRoomInput): Promise<ActionResult<{ name: string; created: boolean; notified: number; sessionsUpdated: number }>> {
  return runAction(saveRoomInput, input, async (data, user) => {
    const { room, notified, sessionsUpdated } = await saveRoom({ input: data, actor: { userId: user.id } });
    refresh();
    return { name: room.name, created: !data.roomId, notified, sessionsUpdated };
  });
}

export async function deleteRoomAction(input: DeleteRoomInput): Promise<ActionResult<DeleteRoomResult>> {
  return runAction(deleteRoomInput, input, async (data, user) => {
    const result = await deleteRoom({ input: data, actor: { userId: user.id } });
    if (result.ok) refresh();
    return result;
  });
}

export async function saveTrackAction(input: SaveTrackInput): Promise<ActionResult<{ name: string; created: boolean }>> {
  return runAction(saveTrackInput, input, async (data, user) => {
    const { track } = await saveTrack({ input: data, actor: { userId: user.id } });
    refresh();
    return { name: track.name, created: !data.trackId };
  });
}

export async function deleteTrackAction(input: DeleteTrackInput): Promise<ActionResult<DeleteTrackResult>> {
  return runAction(deleteTrackInput, input, async (data, user) => {
    const result = await deleteTrack({ input: data, actor: { userId: user.id } });
    if (result.ok) refresh();
    return result;
  });
}

export async function saveSpeakerAction(input: SaveSpeakerInput): Promise<ActionResult<{ name: string; created: boolean }>> {
  return runAction(saveSpeakerInput, input, async (data, user) => {
    const { speaker } = await saveSpeaker({ input: data, actor: { userId: user.id } });
    refresh();
    return { name: speaker.name, created: !data.speakerId };
  });
}

export async function deleteSpeakerAction(input: DeleteSpeakerInput): Promise<ActionResult<DeleteSpeakerResult>> {
  return runAction(deleteSpeakerInput, input, async (data, user) => {
    const result = await deleteSpeaker({ input: data, actor: { userId: user.id } });
    if (result.ok) refresh();
    return result;
  });
}

export async function moveResourceAction(input: MoveResourceInput): Promise<ActionResult<{ order: string[] }>> {
  return runAction(moveResourceInput, input, async (data, user) => {
    const result = await moveResource({ input: data, actor: { userId: user.id } });
    refresh();
    return result;
  });
}
