import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatOf } from '../nlp/decode/decode';

export interface InboxFile {
  readonly name: string;
  readonly path: string;
}

export interface InboxWatcher {
  close(): void;
}

/** How long after an upload the state file waits for more before it is written. */
const STATE_SAVE_DELAY_MS = 250;

/**
 * Watches a folder and hands each new or changed file to `upload` once. What was handed over is
 * remembered in `statePath` (written shortly after uploads, and on close), so a restart does not
 * upload the same files again.
 */
export function watchInbox(options: {
  readonly inboxDir: string;
  readonly statePath: string;
  readonly upload: (file: InboxFile) => Promise<void>;
  readonly onSkip: (name: string, reason: string) => void;
  readonly onError: (name: string, error: unknown) => void;
}): InboxWatcher {
  mkdirSync(options.inboxDir, { recursive: true });
  /** Files uploaded, by name: what the state file holds. */
  const uploaded: Record<string, string> = existsSync(options.statePath) ? (JSON.parse(readFileSync(options.statePath, 'utf8')) as Record<string, string>) : {};
  /** Files uploaded or being uploaded. */
  const seen: Record<string, string> = { ...uploaded };
  const timers = new Map<string, NodeJS.Timeout>();
  // The state file is rewritten at most every STATE_SAVE_DELAY_MS, not after every upload: a
  // thousand files dropped at once rewrote a growing file a thousand times. A crash before a
  // save uploads those files again on restart, which their content ids make harmless.
  let saveTimer: NodeJS.Timeout | undefined;
  const save = () => {
    saveTimer = undefined;
    writeFileSync(options.statePath, JSON.stringify(uploaded));
  };
  const saveSoon = () => {
    saveTimer ??= setTimeout(save, STATE_SAVE_DELAY_MS);
  };

  const consider = (name: string) => {
    if (name.startsWith('.')) return;
    const path = join(options.inboxDir, name);
    let stamp: string;
    try {
      const stats = statSync(path);
      if (!stats.isFile()) return;
      stamp = `${stats.size}:${stats.mtimeMs}`;
    } catch {
      return; // removed again before we looked
    }
    if (seen[name] === stamp) return;
    seen[name] = stamp;
    if (!formatOf(name)) {
      options.onSkip(name, 'unsupported type (expected .txt, .md, .html or .htm)');
      return;
    }
    options.upload({ name, path }).then(
      () => {
        uploaded[name] = stamp;
        saveSoon();
      },
      (error: unknown) => {
        if (seen[name] === stamp) delete seen[name];
        options.onError(name, error);
      },
    );
  };

  // A file is often written in several chunks: wait until it has been quiet briefly.
  const settle = (name: string) => {
    clearTimeout(timers.get(name));
    timers.set(name, setTimeout(() => (timers.delete(name), consider(name)), 150));
  };

  const watcher = watch(options.inboxDir, (_event, name) => name && settle(name.toString()));
  for (const name of readdirSync(options.inboxDir)) consider(name);
  return {
    close: () => {
      watcher.close();
      for (const timer of timers.values()) clearTimeout(timer);
      if (saveTimer !== undefined) {
        clearTimeout(saveTimer);
        save();
      }
    },
  };
}
