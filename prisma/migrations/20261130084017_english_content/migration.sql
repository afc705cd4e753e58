-- AlterTable
ALTER TABLE "Conference" ADD COLUMN "descriptionEn" TEXT;
ALTER TABLE "Conference" ADD COLUMN "subtitleEn" TEXT;
ALTER TABLE "Conference" ADD COLUMN "titleEn" TEXT;

-- AlterTable
ALTER TABLE "Room" ADD COLUMN "descriptionEn" TEXT;

-- AlterTable
ALTER TABLE "Session" ADD COLUMN "abstractEn" TEXT;
ALTER TABLE "Session" ADD COLUMN "titleEn" TEXT;

-- AlterTable
ALTER TABLE "RegistrationQuestion" ADD COLUMN "helpTextEn" TEXT;

