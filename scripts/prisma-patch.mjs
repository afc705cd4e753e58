// Patches for the generated Prisma clients (see prisma-generate.mjs). Each patch must apply (or be
// applied already); when a Prisma update changes the generated code so that one no longer matches,
// this throws and the install fails loudly instead of leaving a client that breaks the build.

const IGNORE = "/*turbopackIgnore: true*/";

/** @type {Record<string, { name: string, apply: (code: string) => string, done: (code: string) => boolean }[]>} */
export const PATCHES = {
  // The generated client probes the file system relative to process.cwd(); Turbopack then traces
  // the whole project and warns on every build. Mark those calls as not to be traced.
  "index.js": [
    {
      name: "path.join(process.cwd(), …) not traced",
      apply: (code) => code.replaceAll("path.join(process.cwd(), ", `path.join(${IGNORE} process.cwd(), `),
      done: (code) => code.includes(`path.join(${IGNORE} process.cwd(), `) && !code.includes("path.join(process.cwd(), "),
    },
  ],
  "runtime/client.js": [
    {
      name: ".env.vault lookup not traced",
      apply: (code) =>
        code.replace(/resolve\(process\.cwd\(\),"\.env\.vault"\);return (\w+)\.existsSync\(t\)/, (_m, fs) =>
          `resolve(process.cwd(),".env.vault");return ${fs}.existsSync(${IGNORE} t)`),
      done: (code) => /resolve\(process\.cwd\(\),"\.env\.vault"\);return \w+\.existsSync\(\/\*turbopackIgnore: true\*\/ t\)/.test(code),
    },
  ],
};

/** Applies every patch for `file` to `code`; throws naming the patch that no longer matches. */
export function patchGeneratedFile(file, code) {
  let out = code;
  for (const patch of PATCHES[file] ?? []) {
    if (patch.done(out)) continue;
    out = patch.apply(out);
    if (!patch.done(out)) {
      throw new Error(
        `Prisma client patch "${patch.name}" no longer applies to ${file}. The generated code changed ` +
          `(Prisma update?): adjust scripts/prisma-patch.mjs to the new output.`,
      );
    }
  }
  return out;
}
