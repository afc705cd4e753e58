-- AlterTable
ALTER TABLE "Host" ADD COLUMN     "isDemo" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "isDemo" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "HostInvitation" (
    "id" TEXT NOT NULL,
    "hostId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "MembershipRole" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "invitedByUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HostInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "HostInvitation_tokenHash_key" ON "HostInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "HostInvitation_hostId_email_idx" ON "HostInvitation"("hostId", "email");

-- AddForeignKey
ALTER TABLE "HostInvitation" ADD CONSTRAINT "HostInvitation_hostId_fkey" FOREIGN KEY ("hostId") REFERENCES "Host"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HostInvitation" ADD CONSTRAINT "HostInvitation_invitedByUserId_fkey" FOREIGN KEY ("invitedByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Data: mark the demo content an earlier seed wrote (hosts and people of prisma/seed.ts), so that
-- `npm run demo:remove` finds it in databases created before this migration.
UPDATE "Host" SET "isDemo" = true WHERE "slug" IN ('bismit', 'transmit', 'emmd') AND "contactEmail" LIKE '%.example';
UPDATE "User" SET "isDemo" = true WHERE "email" IN ('orga@bismit.example', 'orga@transmit.example', 'orga@emmd.example', 'redaktion@emmd.example', 'lesen@bismit.example', 'admin@tagung.example');
