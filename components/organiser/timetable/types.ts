import type { ActionFailure, ActionResult } from "@/lib/action";
import type { Outcome } from "@/lib/outcome";
import type { ScheduleRefusal } from "@/lib/sessions/rules";
import type { CreateSessionInput, EditSessionInput } from "@/lib/sessions/schema";
import type { Timetable, TimetableSession } from "@/lib/sessions/timetable";

/** The server actions the board calls (app/[locale]/organiser/conferences/[id]/timetable/actions.ts). */
export type TimetableActions = {
  save: (input: EditSessionInput) => Promise<ActionResult<Outcome<{ title: string; notified: number }, ScheduleRefusal>>>;
  create: (input: CreateSessionInput) => Promise<ActionResult<Outcome<{ id: string; title: string }, ScheduleRefusal>>>;
  cancel: (input: { sessionId: string }) => Promise<ActionResult<{ notified: number }>>;
};

export type Board = Timetable & { dayLabels: Record<string, string> };
export type DialogState = { mode: "edit"; session: TimetableSession } | { mode: "create"; roomId: string | null; start: string } | null;
/** What the board and the dialog show when an action did not go through: an error, or the schedule's conflicts. */
export type TimetableFailure = ActionFailure | ScheduleRefusal;

/** The action's answer as either its data or what to show. */
export function failureOf<T extends object>(result: ActionResult<Outcome<T, ScheduleRefusal>>): TimetableFailure | null {
  if (!result.ok) return result;
  return result.data.ok ? null : result.data;
}

export type { ActionFailure, TimetableSession };
