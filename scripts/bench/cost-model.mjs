// What 100,000 articles cost in AWS, from what the bench measured: per-article CPU per stage and
// the requests the stages make (cost-worker), and each bundle's cold init (bundles).
import { readFileSync } from 'node:fs';
import { fmt, table, usd } from './stats.mjs';

export const PRICES_DATE = '2026-11-25';
export const PRICES = {
  lambdaGbSecondArm: 0.0000133334,
  lambdaPerMillionRequests: 0.2,
  sfnExpressPerMillionRequests: 1.0,
  sfnExpressGbSecond: 0.00001667,
  dynamoPerMillionWru: 0.625,
  dynamoPerMillionRru: 0.125,
  s3PutPerThousand: 0.005,
  s3GetPerThousand: 0.0004,
  eventBridgePerMillionCustom: 1.0,
};

/**
 * Assumed in-region latencies (ms, p50, warm connections) of the calls a stage waits on: Lambda
 * bills wall time, so the waits cost as much as the CPU. Assumptions, not measurements.
 */
export const IO_LATENCY_MS = { s3Get: 15, s3Put: 25, PutItem: 6, UpdateItem: 6, GetItem: 5, Query: 8, BatchWriteItem: 12, TransactWriteItems: 15, eventBridge: 15 };
/** One full vCPU at 1,769 MB; below that a function gets a proportional share (AWS Lambda docs). */
const FULL_VCPU_MB = 1769;
/** Step Functions' own time per state transition (assumption). */
const SFN_TRANSITION_MS = 10;
const ARTICLES = 100_000;

/** Memory of each function, from the table in the CDK construct. */
export function functionMemory() {
  const source = readFileSync('infra/lib/constructs/precis-function.ts', 'utf8');
  const memory = {};
  for (const m of source.matchAll(/'?([\w-]+)'?: \{ memorySize: (\d+)/g)) memory[m[1]] = Number(m[2]);
  return memory;
}

export function costModel({ worker, bundles, coldFraction = 0.02 }) {
  const memory = functionMemory();
  const stages = worker.stages; // segment, attribute, summarize
  const cold = Object.fromEntries((bundles ?? []).map((b) => [b.name, b]));
  const io = worker.requests;
  const ioMs =
    worker.s3Gets * IO_LATENCY_MS.s3Get +
    worker.s3Puts * IO_LATENCY_MS.s3Put +
    Object.entries(io).reduce((n, [name, count]) => n + count * (IO_LATENCY_MS[name] ?? 10), 0) +
    worker.events * IO_LATENCY_MS.eventBridge;
  const rows = stages.map((stage, i) => {
    const mb = memory[stage] ?? 512;
    const cpuShare = Math.min(1, mb / FULL_VCPU_MB);
    const cpuMs = worker.stageCpuMs[i].mean / cpuShare;
    // Init is billed (since 2025-08-01); the import time measured here, not scaled by memory.
    const initMs = cold[stage]?.cpuMs ?? cold[stage]?.ms ?? 0;
    return { stage, mb, measuredCpuMs: worker.stageCpuMs[i].mean, cpuMs, initMs };
  });
  const ioPerStage = ioMs / stages.length; // spread evenly: all three stages have the same memory today
  const gbSeconds = (ms, mb) => (ms / 1000) * (mb / 1024);
  const lambdaCpuGbS = rows.reduce((n, r) => n + gbSeconds(r.cpuMs, r.mb), 0);
  const lambdaIoGbS = rows.reduce((n, r) => n + gbSeconds(ioPerStage, r.mb), 0);
  const lambdaInitGbS = rows.reduce((n, r) => n + coldFraction * gbSeconds(r.initMs, r.mb), 0);
  const executionMs = rows.reduce((n, r) => n + r.cpuMs + ioPerStage + coldFraction * r.initMs, 0) + SFN_TRANSITION_MS * (stages.length + 1);
  const sfnBilledMs = Math.max(100, Math.ceil(executionMs / 100) * 100);
  const per = (x) => x * ARTICLES;
  const P = PRICES;
  const lines = [
    { service: 'Lambda compute: NLP CPU', detail: `${rows.map((r) => `${r.stage} ${fmt(r.measuredCpuMs)} ms CPU → ${fmt(r.cpuMs, 1)} ms at ${r.mb} MB`).join('; ')}`, usd: per(lambdaCpuGbS) * P.lambdaGbSecondArm, group: 'lambda' },
    { service: 'Lambda compute: waiting on S3/DynamoDB/EventBridge', detail: `${fmt(ioMs, 0)} ms per article at the assumed latencies`, usd: per(lambdaIoGbS) * P.lambdaGbSecondArm, group: 'lambda' },
    { service: 'Lambda compute: cold init', detail: `${(coldFraction * 100).toFixed(0)}% of invocations cold; init ${rows.map((r) => `${r.stage} ${fmt(r.initMs, 0)} ms`).join(', ')}`, usd: per(lambdaInitGbS) * P.lambdaGbSecondArm, group: 'lambda' },
    { service: 'Lambda requests', detail: `${stages.length} invocations per article`, usd: (per(stages.length) / 1e6) * P.lambdaPerMillionRequests, group: 'lambda-requests' },
    { service: 'Step Functions Express: requests', detail: '1 execution per article', usd: (per(1) / 1e6) * P.sfnExpressPerMillionRequests, group: 'sfn' },
    { service: 'Step Functions Express: duration', detail: `${fmt(executionMs, 0)} ms → billed ${sfnBilledMs} ms × 64 MB`, usd: per((sfnBilledMs / 1000) * (64 / 1024)) * P.sfnExpressGbSecond, group: 'sfn' },
    { service: 'DynamoDB writes', detail: `${fmt(worker.wruTable + worker.wruIndexes, 1)} WRU per article (table ${fmt(worker.wruTable, 1)}, GSIs ${fmt(worker.wruIndexes, 1)})`, usd: (per(worker.wruTable + worker.wruIndexes) / 1e6) * P.dynamoPerMillionWru, group: 'dynamo' },
    { service: 'DynamoDB reads', detail: `${fmt(worker.rru, 1)} RRU per article`, usd: (per(worker.rru) / 1e6) * P.dynamoPerMillionRru, group: 'dynamo' },
    { service: 'S3 PUT', detail: `${fmt(worker.s3Puts, 0)} by the stages + 1 upload per article`, usd: (per(worker.s3Puts + 1) / 1000) * P.s3PutPerThousand, group: 's3' },
    { service: 'S3 GET', detail: `${fmt(worker.s3Gets, 0)} per article`, usd: (per(worker.s3Gets) / 1000) * P.s3GetPerThousand, group: 's3' },
    { service: 'EventBridge', detail: `${fmt(worker.events, 0)} custom event (ArticleSummarized) per article; S3's own events on the default bus are free`, usd: (per(worker.events) / 1e6) * P.eventBridgePerMillionCustom, group: 'events' },
  ];
  const total = lines.reduce((n, l) => n + l.usd, 0);
  const lambdaCompute = lines.filter((l) => l.group === 'lambda').reduce((n, l) => n + l.usd, 0);
  const lambdaCpuOnly = lines[0].usd;
  return { lines, total, lambdaCompute, lambdaCpuOnly, ioMs, executionMs, rows, coldFraction, memory };
}

export function costMarkdown(model, worker) {
  const sorted = [...model.lines].sort((a, b) => b.usd - a.usd);
  const byService = {};
  for (const l of model.lines) byService[l.group] = (byService[l.group] ?? 0) + l.usd;
  const dynamo = byService.dynamo ?? 0;
  const cost = (name) => model.lines.find((l) => l.service === name)?.usd ?? 0;
  const s3Puts = cost('S3 PUT');
  const fixed = ['Step Functions Express: requests', 'Step Functions Express: duration', 'EventBridge', 'Lambda requests', 'Lambda compute: waiting on S3/DynamoDB/EventBridge'].reduce((sum, name) => sum + cost(name), 0);
  const items = Object.entries(worker.byItem ?? {}).map(([kind, v]) => [kind, fmt(v.writes, 1), fmt(v.table, 1), fmt(v.indexes, 1), usd(((v.table + v.indexes) * ARTICLES * PRICES.dynamoPerMillionWru) / 1e6)]);
  return `## Cost per 100,000 articles (model)

List prices as published for us-east-1 on ${PRICES_DATE}; verify before you budget. Lambda arm64 $${PRICES.lambdaGbSecondArm} per GB-s and $${PRICES.lambdaPerMillionRequests} per 1M requests; Step Functions Express $${PRICES.sfnExpressPerMillionRequests} per 1M requests and $${PRICES.sfnExpressGbSecond} per GB-s (64 MB chunks, duration rounded up to 100 ms); DynamoDB on-demand $${PRICES.dynamoPerMillionWru} per 1M WRU and $${PRICES.dynamoPerMillionRru} per 1M RRU (after the November 2024 price cut); S3 PUT $${PRICES.s3PutPerThousand} and GET $${PRICES.s3GetPerThousand} per 1,000; EventBridge $${PRICES.eventBridgePerMillionCustom} per 1M custom events.

Measured: the real stages (\`shared/pipeline/stages.ts\`) on all ${worker.articles} polnear-train articles, with the real DynamoDB article store over an in-memory table that meters capacity units (item sizes by DynamoDB's rules, the three GSIs with their projections, transactions at 2×), and counting S3 and EventBridge ports. ${fmt(worker.quotes, 1)} quotes per article on average, article item ${fmt(worker.articleItemBytes / 1024, 1)} KB.
Assumed: in-region call latencies (${Object.entries(IO_LATENCY_MS).map(([k, v]) => `${k} ${v} ms`).join(', ')}); Lambda CPU share = memory / 1,769 MB, and this machine's core as fast as a Graviton one; init billed (since 2025-08-01) at the import time measured in \`bench-bundles\`, ${(model.coldFraction * 100).toFixed(0)}% of invocations cold; ${SFN_TRANSITION_MS} ms per state transition.

${table(['service', 'what', 'per 100k articles'], sorted.map((l) => [l.service, l.detail, usd(l.usd)]))}
| **total** | | **${usd(model.total)}** |

By service: ${Object.entries(byService).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${usd(v)} (${((v / model.total) * 100).toFixed(0)}%)`).join(', ')}.

DynamoDB writes per article by item (WRU; a GSI copy of an item costs as much as the item):

${table(['item', 'writes', 'table WRU', 'GSI WRU', 'per 100k'], items)}

| target | model | met? |
| --- | --- | --- |
| Lambda compute ≤ $0.05 per 100k | ${usd(model.lambdaCompute)} (CPU alone ${usd(model.lambdaCpuOnly)}) | ${model.lambdaCompute <= 0.05 ? 'yes' : model.lambdaCpuOnly <= 0.05 ? 'CPU yes; with I/O waits no' : 'no'} |
| all in ≤ $3 per 100k | ${usd(model.total)} | ${model.total <= 3 ? 'yes' : 'no'} |

What dominates: ${sorted[0].service} (${usd(sorted[0].usd)}, ${((sorted[0].usd / model.total) * 100).toFixed(0)}%)${dynamo > model.total / 2 ? ` — DynamoDB is ${((dynamo / model.total) * 100).toFixed(0)}% of the bill` : ''}. How an article is written: the segment and attribute outputs travel inline in the state machine when their JSON is at most 160 KB (all but the longest articles), so S3 sees the upload and the normalized text (${fmt(worker.s3Puts + 1, 0)} PUTs per article, ${usd(s3Puts)}); the article item is written twice, once PROCESSING and once by the transaction that flips it to its new quotes with the summary packed (deflated JSON, ${fmt(worker.articleItemBytes / 1024, 1)} KB item) and moves each speaker's counts; ${fmt(worker.quotes, 1)} quotes go in ${fmt(worker.byItem?.quote?.writes ?? 0, 1)} packed items (one per speaker, one for the unattributed), and only the per-speaker ones are copied to the by-speaker index. The transaction bills the article and speaker items twice; the counts are deltas from the stored summary, so they stay in it: outside it, a run failing between the flip and its last count update would leave counts short for good. What is left is mostly one-per-record: index copies are ${fmt(worker.wruIndexes, 1)} of the ${fmt(worker.wruTable + worker.wruIndexes, 1)} WRU (the article's listing and work-index entries, the by-speaker copy of each speaker's quotes, the listing copy of each speaker's counts, the source's listing entry), the per-execution charges (Step Functions, EventBridge, Lambda requests and I/O waits) ${usd(fixed)}, and the S3 PUTs. Cuts still open, each with its price: the normalized text re-derived from the upload on \`include=text\` instead of stored (one PUT, ${usd(PRICES.s3PutPerThousand * 100)}; the read function would then decode uploads); speaker counts out of the listing projection or counted from a stream in batches (up to ${usd((((worker.byItem?.speaker?.indexes ?? 0) * ARTICLES) / 1e6) * PRICES.dynamoPerMillionWru)}; the speakers route reads counts item by item, and an index's projection changes only by rebuilding it); pipeline functions at 256 MB instead of 512 (halves the I/O waits). Not included: storage, CloudWatch Logs (Express logging at ALL, Lambda JSON logs, EMF metrics), X-Ray traces, the read API and batch runs.`;
}
