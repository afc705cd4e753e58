-- CreateTable
CREATE TABLE "RegistrationToken" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "RegistrationToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitCounter" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "resetAt" BIGINT NOT NULL,

    CONSTRAINT "RateLimitCounter_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "RegistrationToken_registrationId_kind_idx" ON "RegistrationToken"("registrationId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "RegistrationToken_tokenHash_kind_key" ON "RegistrationToken"("tokenHash", "kind");

-- AddForeignKey
ALTER TABLE "RegistrationToken" ADD CONSTRAINT "RegistrationToken_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Data: every existing manage link keeps working, as a manage token and (since the calendar
-- subscriptions already handed out carry the same secret) as the registration's feed token.
INSERT INTO "RegistrationToken" ("id", "registrationId", "kind", "tokenHash", "createdAt")
SELECT 'mig' || md5(random()::text || "id"), "id", 'manage', "manageTokenHash", CURRENT_TIMESTAMP FROM "Registration";
INSERT INTO "RegistrationToken" ("id", "registrationId", "kind", "tokenHash", "createdAt")
SELECT 'mig' || md5(random()::text || "id"), "id", 'feed', "manageTokenHash", CURRENT_TIMESTAMP FROM "Registration";

-- DropIndex
DROP INDEX "Registration_manageTokenHash_key";

-- AlterTable
ALTER TABLE "Registration" DROP COLUMN "manageTokenHash";
