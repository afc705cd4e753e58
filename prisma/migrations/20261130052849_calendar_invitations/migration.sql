-- CreateTable
CREATE TABLE "CalendarDelivery" (
    "registrationId" TEXT NOT NULL,
    "uid" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("registrationId", "uid"),
    CONSTRAINT "CalendarDelivery_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AppSetting" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- AlterTable (ADD COLUMN keeps Conference's CHECK constraints, which a table redefinition would drop)
ALTER TABLE "Conference" ADD COLUMN "revision" INTEGER NOT NULL DEFAULT 0;
