import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Pages only: not the JSON/ics API, Next's assets or files with an extension.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
