-- CreateTable
CREATE TABLE "HostInvitation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "hostId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "acceptedAt" DATETIME,
    "revokedAt" DATETIME,
    "invitedByUserId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "HostInvitation_hostId_fkey" FOREIGN KEY ("hostId") REFERENCES "Host" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "HostInvitation_invitedByUserId_fkey" FOREIGN KEY ("invitedByUserId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- AlterTable (no table redefinition needed: SQLite adds a NOT NULL column with a constant default)
ALTER TABLE "Host" ADD COLUMN "isDemo" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "User" ADD COLUMN "isDemo" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE UNIQUE INDEX "HostInvitation_tokenHash_key" ON "HostInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "HostInvitation_hostId_email_idx" ON "HostInvitation"("hostId", "email");


-- Data: mark the demo content an earlier seed wrote (hosts and people of prisma/seed.ts), so that
-- `npm run demo:remove` finds it in databases created before this migration.
UPDATE "Host" SET "isDemo" = true WHERE "slug" IN ('bismit', 'transmit', 'emmd') AND "contactEmail" LIKE '%.example';
UPDATE "User" SET "isDemo" = true WHERE "email" IN ('orga@bismit.example', 'orga@transmit.example', 'orga@emmd.example', 'redaktion@emmd.example', 'lesen@bismit.example', 'admin@tagung.example');
