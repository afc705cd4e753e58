/**
 * The registration form's built-in optional fields (organisation, job title): per conference each
 * is hidden, optional or required, as pretix's "ask for company / job title". A conference whose
 * own question already asks the role hides "Funktion" instead of asking twice. Pure.
 */
export const FORM_FIELD_MODES = ["hidden", "optional", "required"] as const;
export type FormFieldMode = (typeof FORM_FIELD_MODES)[number];

export const BUILT_IN_FIELDS = ["organisation", "jobTitle"] as const;
export type BuiltInField = (typeof BUILT_IN_FIELDS)[number];
export type BuiltInFields = Record<BuiltInField, FormFieldMode>;

/** The conference's columns as the form and the API speak of them. */
export function builtInFields(conference: { organisationField: FormFieldMode; jobTitleField: FormFieldMode }): BuiltInFields {
  return { organisation: conference.organisationField, jobTitle: conference.jobTitleField };
}

/** The input without the fields the conference does not ask for: a value sent for a hidden field is ignored, not stored. */
export function withoutHiddenFields<T>(raw: T, fields: BuiltInFields): T {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const copy = { ...(raw as Record<string, unknown>) };
  for (const field of BUILT_IN_FIELDS) if (fields[field] === "hidden") delete copy[field];
  return copy as T;
}

/**
 * The required built-in fields left empty, as `required` field errors. `values` are the parsed
 * values (absent, null or "" all count as empty); `isUpdate`: only a field sent as empty is
 * missing, an absent one keeps its stored value.
 */
export function missingRequiredFields(values: Partial<Record<BuiltInField, string | null | undefined>>, fields: BuiltInFields, isUpdate = false): Record<string, "required"> {
  const errors: Record<string, "required"> = {};
  for (const field of BUILT_IN_FIELDS) {
    if (fields[field] !== "required") continue;
    const value = values[field];
    if (isUpdate && value === undefined) continue;
    if (!value) errors[field] = "required";
  }
  return errors;
}
