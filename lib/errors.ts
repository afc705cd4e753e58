/**
 * Expected failures a use case reports. Route handlers and server actions map them to HTTP status
 * codes and form messages (lib/http.ts); anything else is a bug and becomes a logged 500.
 */
export type AppErrorCode =
  | "validation" // 422, with field messages
  | "not_found" // 404
  | "forbidden" // 403
  | "unauthenticated" // 401
  | "conflict" // 409 (registration closed, schedule clash, stale edit, …)
  | "rate_limited" // 429
  | "payload_too_large"; // 413

export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fields?: FieldErrors,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  validation: 422,
  not_found: 404,
  forbidden: 403,
  unauthenticated: 401,
  conflict: 409,
  rate_limited: 429,
  payload_too_large: 413,
};

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
