-- AlterTable
ALTER TABLE "Conference" ADD COLUMN     "descriptionEn" TEXT,
ADD COLUMN     "subtitleEn" TEXT,
ADD COLUMN     "titleEn" TEXT;

-- AlterTable
ALTER TABLE "Room" ADD COLUMN     "descriptionEn" TEXT;

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "abstractEn" TEXT,
ADD COLUMN     "titleEn" TEXT;

-- AlterTable
ALTER TABLE "RegistrationQuestion" ADD COLUMN     "helpTextEn" TEXT;

