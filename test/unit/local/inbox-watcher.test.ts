import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type InboxFile, watchInbox } from '../../../shared/local/inbox-watcher';

const until = async (done: () => boolean, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('the inbox watcher', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function inbox() {
    const root = mkdtempSync(join(tmpdir(), 'precis-inbox-'));
    dirs.push(root);
    return { inboxDir: join(root, 'inbox'), statePath: join(root, 'state.json') };
  }

  it('remembers every uploaded file, and only those, across a restart', async () => {
    const paths = inbox();
    const uploads: string[] = [];
    const errors: string[] = [];
    const watcher = watchInbox({
      ...paths,
      upload: async ({ name }: InboxFile) => {
        if (name === 'broken.txt') throw new Error('upload failed');
        uploads.push(name);
      },
      onSkip: () => {},
      onError: (name) => errors.push(name),
    });
    for (let i = 0; i < 40; i++) writeFileSync(join(paths.inboxDir, `article-${i}.txt`), `Text ${i}.`);
    writeFileSync(join(paths.inboxDir, 'broken.txt'), 'Cannot be uploaded.');
    await until(() => uploads.length === 40 && errors.length === 1);
    watcher.close();

    const state = JSON.parse(readFileSync(paths.statePath, 'utf8')) as Record<string, string>;
    expect(Object.keys(state).sort()).toEqual(Array.from({ length: 40 }, (_, i) => `article-${i}.txt`).sort());

    // A restart uploads only what was not uploaded before.
    const again: string[] = [];
    const restarted = watchInbox({ ...paths, upload: async ({ name }) => void again.push(name), onSkip: () => {}, onError: () => {} });
    await until(() => again.length === 1);
    restarted.close();
    expect(again).toEqual(['broken.txt']);
  });

  it('writes its state shortly after uploads without waiting for close', async () => {
    const paths = inbox();
    let uploaded = 0;
    const watcher = watchInbox({ ...paths, upload: async () => void uploaded++, onSkip: () => {}, onError: () => {} });
    writeFileSync(join(paths.inboxDir, 'one.txt'), 'One.');
    await until(() => uploaded === 1);
    await until(() => existsSync(paths.statePath));
    expect(Object.keys(JSON.parse(readFileSync(paths.statePath, 'utf8')) as object)).toEqual(['one.txt']);
    watcher.close();
  });
});
