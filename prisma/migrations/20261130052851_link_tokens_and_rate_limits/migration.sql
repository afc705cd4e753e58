-- CreateTable
CREATE TABLE "RegistrationToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "registrationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME,
    CONSTRAINT "RegistrationToken_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RateLimitCounter" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "count" INTEGER NOT NULL,
    "resetAt" BIGINT NOT NULL
);

-- CreateIndex
CREATE INDEX "RegistrationToken_registrationId_kind_idx" ON "RegistrationToken"("registrationId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "RegistrationToken_tokenHash_kind_key" ON "RegistrationToken"("tokenHash", "kind");

-- Data: every existing manage link keeps working, as a manage token and (since the calendar
-- subscriptions already handed out carry the same secret) as the registration's feed token.
INSERT INTO "RegistrationToken" ("id", "registrationId", "kind", "tokenHash", "createdAt")
SELECT 'mig' || lower(hex(randomblob(12))), "id", 'manage', "manageTokenHash", CURRENT_TIMESTAMP FROM "Registration";
INSERT INTO "RegistrationToken" ("id", "registrationId", "kind", "tokenHash", "createdAt")
SELECT 'mig' || lower(hex(randomblob(12))), "id", 'feed', "manageTokenHash", CURRENT_TIMESTAMP FROM "Registration";

-- DropIndex (SQLite drops a column only when no index uses it; no table redefinition needed)
DROP INDEX "Registration_manageTokenHash_key";

-- AlterTable
ALTER TABLE "Registration" DROP COLUMN "manageTokenHash";
