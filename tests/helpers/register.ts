import { registerAttendee as registerUseCase, type RegisterOptions, type RegisterResult } from "@/lib/registrations/register-attendee";

/**
 * registerAttendee for a test that expects the registration window to be open: the use case's
 * typed refusal (not yet open, closed) fails the test here instead of surfacing later as a missing
 * field. Tests of the refusal itself call the use case (lib/registrations/register-attendee.ts).
 */
export async function registerAttendee(options: RegisterOptions): Promise<RegisterResult> {
  const result = await registerUseCase(options);
  if (!result.ok) throw new Error(`registration refused: ${result.reason}`);
  return result;
}
