/**
 * Summarises a V8 CPU profile (node --cpu-prof): self time by package or app chunk, then the top
 * functions. `node bench/tools/profile-summary.mjs bench/results/profiles/<file>.cpuprofile`
 */
import fs from "node:fs";
const file = process.argv[2];
const prof = JSON.parse(fs.readFileSync(file, "utf8"));
const self = new Map(); const byId = new Map(prof.nodes.map(n => [n.id, n]));
const dt = prof.timeDeltas; const counts = new Map();
prof.samples.forEach((id, i) => counts.set(id, (counts.get(id) || 0) + (dt[i] || 0)));
let total = 0;
for (const [id, t] of counts) { const n = byId.get(id); const cf = n.callFrame; const key = `${cf.functionName || "(anon)"} ${cf.url.replace(/.*node_modules\//, "")}:${cf.lineNumber}`; self.set(key, (self.get(key) || 0) + t); total += t; }
// aggregate by package
const pkg = new Map();
for (const [id, t] of counts) { const cf = byId.get(id).callFrame; let u = cf.url; let k = u.includes("node_modules/") ? u.replace(/.*node_modules\//, "").split("/").slice(0, u.includes("node_modules/@") ? 2 : 1).join("/") : (u ? u.replace(/.*\/perf\//, "").split("/").slice(0,3).join("/") : cf.functionName); if (u.includes("next/dist/compiled/")) k = "next/compiled/" + u.split("next/dist/compiled/")[1].split("/")[0]; if (u.includes(".next-bench")) k = ".next-bench/" + u.split(".next-bench/")[1].split("/").slice(0,3).join("/"); pkg.set(k, (pkg.get(k) || 0) + t); }
console.log("total ms", (total / 1000).toFixed(0));
console.log([...pkg].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, t]) => `${(100 * t / total).toFixed(1)}% ${k}`).join("\n"));
console.log("---");
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, t]) => `${(100 * t / total).toFixed(1)}% ${k}`).join("\n"));
