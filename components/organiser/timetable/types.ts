import type { ActionFailure, ActionResult } from "@/lib/action";
import type { CreateSessionInput, EditSessionInput } from "@/lib/sessions/schema";
import type { Timetable, TimetableSession } from "@/lib/sessions/timetable";

/** The server actions the board calls (app/[locale]/organiser/conferences/[id]/timetable/actions.ts). */
export type TimetableActions = {
  save: (input: EditSessionInput) => Promise<ActionResult<{ title: string; notified: number }>>;
  create: (input: CreateSessionInput) => Promise<ActionResult<{ id: string; title: string }>>;
  cancel: (input: { sessionId: string }) => Promise<ActionResult<{ notified: number }>>;
};

export type Board = Timetable & { dayLabels: Record<string, string> };
export type DialogState = { mode: "edit"; session: TimetableSession } | { mode: "create"; roomId: string | null; start: string } | null;
export type { ActionFailure, TimetableSession };
