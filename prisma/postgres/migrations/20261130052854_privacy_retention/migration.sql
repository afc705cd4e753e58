-- AlterTable
ALTER TABLE "Conference" ADD COLUMN     "anonymisedAt" TIMESTAMP(3),
ADD COLUMN     "privacyText" TEXT,
ADD COLUMN     "retentionMonths" INTEGER NOT NULL DEFAULT 6;

-- AlterTable
ALTER TABLE "Registration" ADD COLUMN     "anonymisedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "EmailOutbox" ADD COLUMN     "subject" TEXT;

-- AlterTable
ALTER TABLE "DevMailboxMessage" ADD COLUMN     "conferenceId" TEXT,
ADD COLUMN     "outboxId" TEXT;

-- CreateTable
CREATE TABLE "OperatorSetting" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OperatorSetting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "DevMailboxMessage_conferenceId_idx" ON "DevMailboxMessage"("conferenceId");

-- CreateIndex
CREATE INDEX "DevMailboxMessage_outboxId_idx" ON "DevMailboxMessage"("outboxId");


-- Retention may be shortened, never removed or lengthened beyond six months (issue 13).
ALTER TABLE "Conference" ADD CONSTRAINT "Conference_retention_range" CHECK ("retentionMonths" >= 1 AND "retentionMonths" <= 6);
