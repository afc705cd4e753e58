"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/action";
import { addConferenceHost, removeConferenceHost, setConferenceHostRole } from "@/lib/conferences/conference-hosts";
import { addQuestion, archiveQuestion, moveQuestion, restoreQuestion, updateQuestion } from "@/lib/conferences/registration-questions";
import {
  addConferenceHostInput,
  addQuestionInput,
  archiveQuestionInput,
  moveQuestionInput,
  removeConferenceHostInput,
  restoreQuestionInput,
  setConferenceHostRoleInput,
  setConferenceStatusInput,
  updateConferenceInput,
  updateQuestionInput,
  type AddConferenceHostInput,
  type AddQuestionInput,
  type ArchiveQuestionInput,
  type MoveQuestionInput,
  type RemoveConferenceHostInput,
  type SetConferenceHostRoleInput,
  type SetConferenceStatusInput,
  type UpdateConferenceInput,
  type UpdateQuestionInput,
} from "@/lib/conferences/schema";
import { setConferenceStatus, type SetConferenceStatusResult } from "@/lib/conferences/set-conference-status";
import { updateConference } from "@/lib/conferences/update-conference";

// Settings change what every organiser page and the public pages show.
const refresh = () => revalidatePath("/[locale]", "layout");

export async function updateDetailsAction(input: UpdateConferenceInput): Promise<ActionResult<{ movedToWaitlist: number; promoted: number; venueNotified: number }>> {
  return runAction(updateConferenceInput, input, async (parsed, user) => {
    const result = await updateConference({ input: parsed, actor: { userId: user.id } });
    refresh();
    return { movedToWaitlist: result.movedToWaitlist, promoted: result.promoted, venueNotified: result.venueNotified };
  });
}

export async function setStatusAction(input: SetConferenceStatusInput): Promise<ActionResult<SetConferenceStatusResult>> {
  return runAction(setConferenceStatusInput, input, async (parsed, user) => {
    const result = await setConferenceStatus({ input: parsed, actor: { userId: user.id } });
    if (result.ok) refresh();
    return result;
  });
}

export async function addHostAction(input: AddConferenceHostInput): Promise<ActionResult<{ host: string }>> {
  return runAction(addConferenceHostInput, input, async (parsed, user) => {
    const link = await addConferenceHost({ input: parsed, actor: { userId: user.id } });
    refresh();
    return { host: link.shortName };
  });
}

export async function setHostRoleAction(input: SetConferenceHostRoleInput): Promise<ActionResult<{ host: string }>> {
  return runAction(setConferenceHostRoleInput, input, async (parsed, user) => {
    const link = await setConferenceHostRole({ input: parsed, actor: { userId: user.id } });
    refresh();
    return { host: link.shortName };
  });
}

export async function removeHostAction(input: RemoveConferenceHostInput): Promise<ActionResult<{ host: string }>> {
  return runAction(removeConferenceHostInput, input, async (parsed, user) => {
    const removed = await removeConferenceHost({ input: parsed, actor: { userId: user.id } });
    refresh();
    return { host: removed.shortName };
  });
}

export async function addQuestionAction(input: AddQuestionInput): Promise<ActionResult<{ label: string }>> {
  return runAction(addQuestionInput, input, async (parsed, user) => {
    const question = await addQuestion({ input: parsed, actor: { userId: user.id } });
    refresh();
    return { label: question.label };
  });
}

export async function updateQuestionAction(input: UpdateQuestionInput): Promise<ActionResult<{ label: string }>> {
  return runAction(updateQuestionInput, input, async (parsed, user) => {
    const question = await updateQuestion({ input: parsed, actor: { userId: user.id } });
    refresh();
    return { label: question.label };
  });
}

export async function moveQuestionAction(input: MoveQuestionInput): Promise<ActionResult<{ moved: boolean }>> {
  return runAction(moveQuestionInput, input, async (parsed, user) => {
    const result = await moveQuestion({ input: parsed, actor: { userId: user.id } });
    refresh();
    return result;
  });
}

export async function archiveQuestionAction(input: ArchiveQuestionInput): Promise<ActionResult<{ outcome: "archived" | "deleted" }>> {
  return runAction(archiveQuestionInput, input, async (parsed, user) => {
    const result = await archiveQuestion({ input: parsed, actor: { userId: user.id } });
    refresh();
    return { outcome: result.outcome };
  });
}

export async function restoreQuestionAction(input: ArchiveQuestionInput): Promise<ActionResult<null>> {
  return runAction(restoreQuestionInput, input, async (parsed, user) => {
    await restoreQuestion({ input: parsed, actor: { userId: user.id } });
    refresh();
    return null;
  });
}
