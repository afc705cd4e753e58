/**
 * Every documented endpoint, by area. A new endpoint is one `defineOperation(…)` entry in its
 * area's file under ./operations (a new area: a new file, added to this list).
 * tests/integration/openapi.test.ts fails when an app/api route has no entry here (unless it is in
 * the test's commented exclusion list), and checks real answers of every entry against the document.
 */
import "server-only";
import type { ApiOperation } from "./define";
import { organiserOperations } from "./operations/organiser";
import { publicOperations } from "./operations/public";
import { registrationOperations } from "./operations/registration";

export const API_OPERATIONS: readonly ApiOperation[] = [...publicOperations, ...registrationOperations, ...organiserOperations];
