/**
 * Organiser sign-in: next-auth v4, email magic links sent through our outbox (kind "sign-in"),
 * sessions in the database. Only existing users (organisers) get a link; anyone else gets the same
 * answer ("check your inbox", the verify-request page) and no token is stored for them, so neither
 * the form nor the API reveals who has an account.
 */
import "server-only";
import type { Adapter, AdapterAccount, AdapterUser } from "next-auth/adapters";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import { domainToUnicode } from "node:url";
import { db } from "./db";
import { writeTransaction } from "./db-retry";
import { asciiDomain, emailKey } from "./email-address";
import { appUrl } from "./http";
import { enqueueEmail } from "./mail/enqueue";
import { hit, RATE_LIMITS } from "./rate-limit";

export const LINK_MINUTES = 10;
export const SESSION_MAX_AGE_SECONDS = 12 * 3600;

/** next-auth's session cookie: `__Secure-` prefixed and Secure when the app is served over https (as next-auth decides). */
export function sessionCookie(): { name: string; secure: boolean } {
  const secure = (process.env.NEXTAUTH_URL || appUrl()).startsWith("https://");
  return { name: `${secure ? "__Secure-" : ""}next-auth.session-token`, secure };
}

/**
 * The spellings one address may have: browsers send international domains in punycode from
 * type="email" fields (orga@xn--mller-kva.de), people type them in Unicode (orga@müller.de).
 */
function emailSpellings(email: string): string[] {
  const lower = email.trim().toLowerCase();
  const at = lower.lastIndexOf("@");
  if (at < 1) return [lower];
  const local = lower.slice(0, at);
  const domain = lower.slice(at + 1);
  const unicode = domainToUnicode(domain) || domain;
  return [...new Set([lower, `${local}@${unicode}`, `${local}@${asciiDomain(domain) ?? domain}`])];
}

/** The user with this address, in whichever spelling it was stored. */
function findUserByEmail(email: string) {
  return db.user.findFirst({ where: { email: { in: emailSpellings(email) } } });
}

function toAdapterUser(u: { id: string; email: string; emailVerified: Date | null; name: string | null; image: string | null }): AdapterUser {
  return { id: u.id, email: u.email, emailVerified: u.emailVerified, name: u.name, image: u.image };
}

/** The Prisma adapter's contract, on our tables (the auth session table is AuthSession). */
export function tagungAdapter(): Adapter {
  return {
    createUser: async (data: Omit<AdapterUser, "id">) => toAdapterUser(await db.user.create({ data: { email: data.email.toLowerCase(), name: data.name ?? null, emailVerified: data.emailVerified ?? null } })),
    getUser: async (id) => {
      const u = await db.user.findUnique({ where: { id } });
      return u ? toAdapterUser(u) : null;
    },
    getUserByEmail: async (email) => {
      const u = await findUserByEmail(email);
      return u ? toAdapterUser(u) : null;
    },
    getUserByAccount: async ({ provider, providerAccountId }) => {
      const account = await db.account.findUnique({ where: { provider_providerAccountId: { provider, providerAccountId } }, include: { user: true } });
      return account ? toAdapterUser(account.user) : null;
    },
    updateUser: async ({ id, ...data }) => toAdapterUser(await db.user.update({ where: { id }, data: { name: data.name ?? undefined, emailVerified: data.emailVerified ?? undefined } })),
    linkAccount: async (account: AdapterAccount) => {
      await db.account.create({
        data: {
          userId: account.userId,
          type: account.type,
          provider: account.provider,
          providerAccountId: account.providerAccountId,
          access_token: account.access_token ?? null,
          token_type: account.token_type ?? null,
          scope: account.scope ?? null,
          id_token: account.id_token ?? null,
          expires_at: account.expires_at ?? null,
          refresh_token: account.refresh_token ?? null,
          session_state: typeof account.session_state === "string" ? account.session_state : null,
        },
      });
    },
    createSession: async (data) => db.authSession.create({ data }),
    getSessionAndUser: async (sessionToken) => {
      const found = await db.authSession.findUnique({ where: { sessionToken }, include: { user: true } });
      if (!found) return null;
      const { user, ...session } = found;
      return { session, user: toAdapterUser(user) };
    },
    updateSession: async ({ sessionToken, ...data }) => db.authSession.update({ where: { sessionToken }, data }),
    deleteSession: async (sessionToken) => {
      await db.authSession.deleteMany({ where: { sessionToken } });
    },
    // Unknown addresses get the same answer as known ones but no usable token: nothing is stored.
    createVerificationToken: async (data) => {
      const known = await findUserByEmail(data.identifier);
      return known ? db.verificationToken.create({ data }) : data;
    },
    // Single use: the token row is deleted as it is redeemed.
    useVerificationToken: async ({ identifier, token }) => {
      const found = await db.verificationToken.findUnique({ where: { identifier_token: { identifier, token } } });
      if (!found) return null;
      const { count } = await db.verificationToken.deleteMany({ where: { identifier, token } });
      return count === 1 ? found : null;
    },
  };
}

/** Writes the sign-in link to the outbox, only for known users, at most RATE_LIMIT_SIGNIN_PER_EMAIL per window. */
export async function sendSignInLink({ identifier, url }: { identifier: string; url: string }): Promise<boolean> {
  const email = identifier.toLowerCase();
  if ((await hit(`signin:email:${emailKey(email)}`, RATE_LIMITS.signInPerEmail())) !== null) return false;
  const user = await findUserByEmail(email);
  if (!user) return false;
  await writeTransaction((tx) =>
    enqueueEmail(tx, { kind: "sign-in", to: email, toName: user.name, locale: user.locale, payload: { url, host: new URL(appUrl()).host, expiresMinutes: LINK_MINUTES } }),
  );
  return true;
}

export const authOptions: NextAuthOptions = {
  adapter: tagungAdapter(),
  session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS },
  secret: process.env.NEXTAUTH_SECRET,
  pages: { signIn: "/signin", verifyRequest: "/signin?sent=1", error: "/signin" },
  providers: [
    EmailProvider({
      // Never used: links go through the outbox (sendVerificationRequest below).
      server: { host: "localhost", port: 25 },
      from: process.env.MAIL_FROM || "Tagung <noreply@localhost>",
      maxAge: LINK_MINUTES * 60,
      sendVerificationRequest: async ({ identifier, url }) => {
        await sendSignInLink({ identifier, url });
      },
    }),
  ],
  callbacks: {
    // Organisers are invited, not self-registered: unknown addresses never get an account. Asking for
    // a link is allowed for every address (same answer for all); only redeeming one needs a user.
    async signIn({ user, email }) {
      if (email?.verificationRequest) return true;
      return Boolean(user.email && (await findUserByEmail(user.email)));
    },
    async session({ session, user }) {
      return { ...session, user: { ...session.user, id: user.id } };
    },
  },
};

export type SignedInUser = { id: string; email: string; name: string | null };

/** The signed-in organiser, or null. */
export async function currentUser(): Promise<SignedInUser | null> {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  const user = await db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true } });
  return user;
}
