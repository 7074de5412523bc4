import { WORK_KINDS } from '../batch/batch-request';
import { runBatch } from '../batch/run-batch';
import type { BatchRunRecord } from '../store/batch-run-record';
import type { WorkKind } from '../store/ports';
import { UsageError } from './usage-error';
import { openLocalSession } from './open-local-session';

/** What `--status` names, as work lists: "pending" covers lost starts, stuck runs and lost upload events. */
const STATUS_KINDS: Readonly<Record<string, readonly WorkKind[]>> = {
  pending: ['pending', 'processing'],
  failed: ['failed'],
  outdated: ['outdated'],
};

export interface BatchCommandOptions {
  readonly dryRun: boolean;
  /** `pending`, `failed` or `outdated`; all of them when absent. */
  readonly status?: string;
  readonly limit?: number;
  /** Where `precis start` keeps its data; `./.precis` by default. */
  readonly dataDir?: string;
  /** The running stack's API port, to tell whether one is up. */
  readonly apiPort?: number;
}

export function kindsForStatus(status: string | undefined): readonly WorkKind[] {
  if (status === undefined) return WORK_KINDS;
  const kinds = STATUS_KINDS[status];
  if (!kinds) throw new UsageError(`--status must be one of ${Object.keys(STATUS_KINDS).join(', ')}, not "${status}"`);
  return kinds;
}

interface Progress {
  update(run: BatchRunRecord): void;
  stop(run: BatchRunRecord): void;
}

/** Candidates the run is done with: started, removed (a lost delete finished) or skipped. */
const settled = (run: BatchRunRecord) => run.counts.started + run.counts.removed + run.counts.skipped;

/**
 * A bar of settled candidates against the run's cap: the work list's length is not known up
 * front (finding it would take a scan), so the bar ends early when the work runs out.
 */
async function progressBar(limit: number): Promise<Progress> {
  const stream = process.stderr;
  try {
    if (!stream.isTTY) throw new Error('no terminal to draw on');
    const { default: cliProgress } = await import('cli-progress');
    const bar = new cliProgress.SingleBar(
      { format: 'batch {bar} {value}/{total} | ✓ {succeeded} ✗ {failed} · removed {removed} · skipped {skipped} | {duration_formatted}', stream, hideCursor: true, fps: 10 },
      cliProgress.Presets.shades_classic,
    );
    bar.start(limit, 0, { succeeded: 0, failed: 0, removed: 0, skipped: 0 });
    return {
      update: (run) => bar.update(settled(run), { ...run.counts }),
      stop: (run) => {
        bar.setTotal(Math.max(settled(run), 1));
        bar.update(settled(run), { ...run.counts });
        bar.stop();
      },
    };
  } catch {
    // No terminal (or no cli-progress): one line, rewritten in place on a terminal, printed at most once a second otherwise.
    let lastPrinted = 0;
    let lastLine = '';
    const line = (run: BatchRunRecord) => `batch: ${settled(run)} settled, ${run.counts.succeeded} succeeded, ${run.counts.failed} failed, ${run.counts.removed} removed, ${run.counts.skipped} skipped`;
    const print = (text: string, final: boolean) => {
      lastPrinted = Date.now();
      lastLine = text;
      stream.write(stream.isTTY ? `\r${text}${final ? '\n' : ''}` : `${text}\n`);
    };
    return {
      update: (run) => {
        if (Date.now() - lastPrinted >= 1000) print(line(run), false);
      },
      stop: (run) => {
        if (line(run) !== lastLine || stream.isTTY) print(line(run), true);
      },
    };
  }
}

/** The counts as a small table, and why anything was skipped. */
export function formatBatchRun(run: BatchRunRecord): string {
  const names = ['considered', 'started', 'succeeded', 'failed', 'removed', 'skipped'] as const;
  const cells = names.map((name) => String(run.counts[name]));
  const widths = names.map((name, index) => Math.max(name.length, cells[index]?.length ?? 0));
  const row = (values: readonly string[]) => `  ${values.map((value, index) => value.padStart(widths[index] ?? 0)).join('  ')}`;
  const took = run.finishedAt ? ` in ${((Date.parse(run.finishedAt) - Date.parse(run.startedAt)) / 1000).toFixed(1)} s` : '';
  const lines = [`batch run ${run.runId}${run.dryRun ? ' (dry run)' : ''}: ${run.status}${took}, kinds ${run.kinds.join(', ')}, limit ${run.limit}, pipeline ${run.pipelineVersion}`, row(names), row(cells)];
  const reasons = Object.entries(run.skippedReasons);
  if (reasons.length > 0) lines.push(`  skipped: ${reasons.map(([reason, count]) => `${reason} ${count}`).join(', ')}`);
  return lines.join('\n');
}

/** `precis batch`: the scheduled batch, once, by hand, on the local stack. */
export async function batchCommand(options: BatchCommandOptions): Promise<BatchRunRecord> {
  const kinds = kindsForStatus(options.status);
  const session = await openLocalSession(options);
  try {
    const limit = options.limit ?? session.settings.limit;
    const progress = await progressBar(limit);
    let last: BatchRunRecord | undefined;
    try {
      last = await runBatch(session.deps, session.settings, { dryRun: options.dryRun, kinds: [...kinds], limit }, (run) => {
        last = run;
        progress.update(run);
      });
    } finally {
      if (last) progress.stop(last);
    }
    console.log(formatBatchRun(last));
    return last;
  } finally {
    await session.close();
  }
}
