-- AlterTable
ALTER TABLE "Registration" ADD COLUMN "anonymisedAt" DATETIME;

-- AlterTable
ALTER TABLE "EmailOutbox" ADD COLUMN "subject" TEXT;

-- AlterTable
ALTER TABLE "DevMailboxMessage" ADD COLUMN "conferenceId" TEXT;
ALTER TABLE "DevMailboxMessage" ADD COLUMN "outboxId" TEXT;

-- CreateTable
CREATE TABLE "OperatorSetting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Conference" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "subtitle" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/Berlin',
    "venueName" TEXT NOT NULL,
    "venueAddress" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "registrationOpensAt" DATETIME,
    "registrationClosesAt" DATETIME,
    "capacity" INTEGER,
    "seatsTaken" INTEGER NOT NULL DEFAULT 0,
    "privacyNoticeVersion" TEXT NOT NULL DEFAULT '2026-1',
    "contactEmail" TEXT,
    "isDemo" BOOLEAN NOT NULL DEFAULT false,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "retentionMonths" INTEGER NOT NULL DEFAULT 6,
    "anonymisedAt" DATETIME,
    "privacyText" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Conference_ends_after_start" CHECK ("endsAt" > "startsAt"),
    CONSTRAINT "Conference_capacity_nonnegative" CHECK ("capacity" IS NULL OR "capacity" >= 0),
    CONSTRAINT "Conference_no_overbooking" CHECK ("seatsTaken" >= 0 AND ("capacity" IS NULL OR "seatsTaken" <= "capacity")),
    CONSTRAINT "Conference_retention_range" CHECK ("retentionMonths" >= 1 AND "retentionMonths" <= 6)
);
INSERT INTO "new_Conference" ("capacity", "contactEmail", "createdAt", "description", "endsAt", "id", "isDemo", "privacyNoticeVersion", "registrationClosesAt", "registrationOpensAt", "revision", "seatsTaken", "slug", "startsAt", "status", "subtitle", "timeZone", "title", "updatedAt", "venueAddress", "venueName") SELECT "capacity", "contactEmail", "createdAt", "description", "endsAt", "id", "isDemo", "privacyNoticeVersion", "registrationClosesAt", "registrationOpensAt", "revision", "seatsTaken", "slug", "startsAt", "status", "subtitle", "timeZone", "title", "updatedAt", "venueAddress", "venueName" FROM "Conference";
DROP TABLE "Conference";
ALTER TABLE "new_Conference" RENAME TO "Conference";
CREATE UNIQUE INDEX "Conference_slug_key" ON "Conference"("slug");
CREATE INDEX "Conference_status_startsAt_idx" ON "Conference"("status", "startsAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "DevMailboxMessage_conferenceId_idx" ON "DevMailboxMessage"("conferenceId");

-- CreateIndex
CREATE INDEX "DevMailboxMessage_outboxId_idx" ON "DevMailboxMessage"("outboxId");

