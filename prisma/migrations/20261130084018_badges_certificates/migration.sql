-- AlterTable
ALTER TABLE "Registration" ADD COLUMN "badgePrintedAt" DATETIME;

-- CreateTable
CREATE TABLE "SessionCheckIn" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "registrationId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "checkedInAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "checkedInById" TEXT,
    CONSTRAINT "SessionCheckIn_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SessionCheckIn_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "registrationId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "hours" REAL NOT NULL,
    "issuedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "issuedById" TEXT,
    "manual" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Certificate_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable (ADD COLUMN keeps Conference's CHECK constraints, which a table redefinition would drop)
ALTER TABLE "Conference" ADD COLUMN "certificatesEnabled" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Conference" ADD COLUMN "certificateSignatory" TEXT;

-- CreateIndex
CREATE INDEX "SessionCheckIn_sessionId_idx" ON "SessionCheckIn"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "SessionCheckIn_registrationId_sessionId_key" ON "SessionCheckIn"("registrationId", "sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_registrationId_key" ON "Certificate"("registrationId");

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_code_key" ON "Certificate"("code");

