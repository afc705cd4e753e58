import { useTranslations } from "next-intl";
import { hostColour } from "@/lib/pdf/host-colour";
import { HostColourField } from "./host-colour-field";

export type HostFieldValues = { name: string; shortName: string; slug: string; website: string | null; contactEmail: string; logoUrl: string | null; colour: string | null };

/** The inputs of a host (create and edit share them). `prefix` keeps ids unique when both forms are on one page. */
export function HostFields({ values, prefix }: { values?: HostFieldValues; prefix: string }) {
  const t = useTranslations("admin");
  const id = (name: string) => `${prefix}-${name}`;
  return (
    <>
      <div className="field">
        <label htmlFor={id("name")}>{t("fields.name")}</label>
        <input type="text" id={id("name")} name="name" required maxLength={200} defaultValue={values?.name} autoComplete="organization" />
      </div>
      <div className="field">
        <label htmlFor={id("shortName")}>{t("fields.shortName")}</label>
        <input type="text" id={id("shortName")} name="shortName" required maxLength={40} defaultValue={values?.shortName} />
      </div>
      <div className="field">
        <label htmlFor={id("slug")}>{t("fields.slug")}</label>
        <input type="text" id={id("slug")} name="slug" required maxLength={60} pattern="[a-z0-9]+(-[a-z0-9]+)*" defaultValue={values?.slug} aria-describedby={id("slug-hint")} autoCapitalize="none" spellCheck={false} />
        <p className="hint" id={id("slug-hint")}>{t("hints.slug")}</p>
      </div>
      <div className="field">
        <label htmlFor={id("website")}>{t("fields.website")}</label>
        <input type="url" id={id("website")} name="website" maxLength={500} defaultValue={values?.website ?? ""} aria-describedby={id("website-hint")} />
        <p className="hint" id={id("website-hint")}>{t("hints.website")}</p>
      </div>
      <div className="field">
        <label htmlFor={id("contactEmail")}>{t("fields.contactEmail")}</label>
        <input type="email" id={id("contactEmail")} name="contactEmail" required maxLength={254} defaultValue={values?.contactEmail} autoComplete="email" />
      </div>
      <div className="field">
        <label htmlFor={id("logoUrl")}>{t("fields.logoUrl")}</label>
        <input type="url" id={id("logoUrl")} name="logoUrl" maxLength={500} defaultValue={values?.logoUrl ?? ""} aria-describedby={id("logoUrl-hint")} />
        <p className="hint" id={id("logoUrl-hint")}>{t("hints.logoUrl")}</p>
      </div>
      <HostColourField
        id={id("colour")}
        defaultValue={values?.colour ?? null}
        fallback={hostColour({ slug: values?.slug ?? "" })}
        labels={{ field: t("fields.colour"), picker: t("fields.colourPicker"), hint: t("hints.colour") }}
      />
    </>
  );
}
