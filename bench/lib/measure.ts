import autocannon from "autocannon";

export type Measurement = { label: string; requestsPerSecond: number; p50: number; p99: number; non2xx: number; errors: number; total: number };

/** Runs autocannon against one URL and returns the figures the bench reports print. */
export async function measure(label: string, options: autocannon.Options): Promise<Measurement> {
  const result = await autocannon({ connections: 20, duration: 10, ...options });
  return {
    label,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    total: result.requests.total,
  };
}

export function table(rows: Measurement[], baseline?: Measurement): string {
  const head = "| endpoint | requests/s | ratio to health | p50 ms | p99 ms | non-2xx | errors |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |";
  const body = rows
    .map((r) => {
      const ratio = baseline ? (r.requestsPerSecond / baseline.requestsPerSecond).toFixed(2) : "";
      return `| ${r.label} | ${r.requestsPerSecond.toFixed(0)} | ${ratio} | ${r.p50} | ${r.p99} | ${r.non2xx} | ${r.errors} |`;
    })
    .join("\n");
  return `${head}\n${body}`;
}
