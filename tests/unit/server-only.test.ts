import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every lib/ file that reaches the database or the installation's secret (lib/db.ts, lib/secret.ts,
// through imports that are not type-only) is marked `import "server-only"`, so Next.js refuses to
// build a client component that imports it.
const serverResources = ["lib/db.ts", "lib/secret.ts"];
const root = process.cwd();

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

function resolve(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.posix.join(path.posix.dirname(from), specifier);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) {
    if (/\.tsx?$/.test(candidate) && existsSync(path.join(root, candidate))) return candidate;
  }
  return null;
}

/** The modules a file loads at run time: static and dynamic imports and re-exports, minus type-only ones. */
function valueImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(root, file), "utf8"), ts.ScriptTarget.Latest, true);
  const specifiers: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause?.isTypeOnly ||
        (clause && !clause.name && bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly));
      if (!onlyTypes) specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier) && !node.isTypeOnly) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      specifiers.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return specifiers;
}

const graph = new Map<string, { serverOnly: boolean; imports: string[] }>();
function node(file: string) {
  let entry = graph.get(file);
  if (!entry) {
    const specifiers = valueImports(file);
    entry = {
      serverOnly: specifiers.includes("server-only"),
      imports: specifiers.map((s) => resolve(file, s)).filter((f): f is string => f !== null),
    };
    graph.set(file, entry);
  }
  return entry;
}

/** The import chain from `file` to lib/db.ts or lib/secret.ts, or null when it never gets there. */
function pathToServerResource(file: string, seen = new Set<string>()): string[] | null {
  if (serverResources.includes(file)) return [file];
  if (seen.has(file)) return null;
  seen.add(file);
  for (const next of node(file).imports) {
    const rest = pathToServerResource(next, seen);
    if (rest) return [file, ...rest];
  }
  return null;
}

describe('import "server-only"', () => {
  const libFiles = sourceFiles("lib");

  it("marks every lib/ file that reaches lib/db.ts or lib/secret.ts", () => {
    const unmarked = libFiles.filter((file) => !node(file).serverOnly && pathToServerResource(file)).map((file) => pathToServerResource(file)!.join(" -> "));
    expect(unmarked).toEqual([]);
  }, 60_000);

  it("is imported by no lib/ file a client component loads", () => {
    const clientFiles = [...sourceFiles("components"), ...sourceFiles("app")].filter((file) =>
      /^\s*["']use client["']/.test(readFileSync(path.join(root, file), "utf8")),
    );
    const reached = new Set<string>();
    const walk = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      node(file).imports.forEach(walk);
    };
    clientFiles.forEach(walk);
    expect([...reached].filter((file) => node(file).serverOnly)).toEqual([]);
  }, 60_000);

  it("sees the database behind a use case that reaches it through a helper", () => {
    // The check follows imports: a use case that only imports ../db-retry still counts.
    expect(pathToServerResource("lib/hosts/invite-member.ts")).toContain("lib/db.ts");
    expect(pathToServerResource("lib/mail/sealed.ts")).toContain("lib/secret.ts");
    expect(pathToServerResource("lib/conferences/rules.ts")).toBeNull();
  });
});

describe("code run outside Next.js", () => {
  // Outside Next.js "server-only" resolves to its empty module only through tsconfig.scripts.json.
  const starters = ["package.json", "playwright.config.ts", "deploy/local-cluster.sh", ...["scripts", "bench", "tests"].flatMap(sourceFiles)].filter(
    (file) => file !== "tests/unit/server-only.test.ts",
  );

  it("starts scripts with tsx --tsconfig=tsconfig.scripts.json", () => {
    const missing = starters.flatMap((file) => {
      const text = readFileSync(path.join(root, file), "utf8");
      return [...text.matchAll(/npx tsx |"tsx |tsx\/dist\/cli\.mjs|"--import", "tsx"/g)]
        .filter((match) => !text.slice(match.index, match.index + 200).includes("tsconfig.scripts.json"))
        .map((match) => `${file}: ${text.slice(match.index, match.index + 60)}`);
    });
    expect(missing).toEqual([]);
  });

  it("runs the browser tests (whose specs import lib/) with tsconfig.scripts.json", () => {
    expect(readFileSync(path.join(root, "playwright.config.ts"), "utf8")).toContain('tsconfig: "./tsconfig.scripts.json"');
  });
});
