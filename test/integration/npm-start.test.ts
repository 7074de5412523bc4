import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** The README's promise: `npm start` on an empty folder shows the example article's summary, and Ctrl-C leaves nothing running. */
describe('precis start (what npm start runs)', () => {
  let cwd: string;
  beforeAll(() => {
    // npm start builds the CLI first; a failed build must fail here, not test a stale dist/.
    const build = spawnSync('node', [join(root, 'scripts', 'build-cli.mjs')], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`build-cli.mjs failed (${build.status}): ${build.stderr}`);
    cwd = mkdtempSync(join(tmpdir(), 'precis-start-'));
  });
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it('processes the example article on first start, prints its summary, and stops cleanly on SIGINT', async () => {
    const child = spawn('node', [join(root, 'dist', 'precis.mjs'), 'start'], { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PORT: '0' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const deadline = Date.now() + 60_000;
    while (!/curl http:\/\/127\.0\.0\.1:\d+\/articles\/[0-9a-f]{32}\n/.test(output) && Date.now() < deadline && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(output).toMatch(/✓ alaska-summit\.txt → [0-9a-f]{8} SUMMARIZED/);
    expect(output).toMatch(/Newest article [0-9a-f]{32} \(SUMMARIZED\):\n {3}• .*Putin/);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output).toMatch(/stopped/);
    // No DynamoDB Local left behind by this folder's stack.
    const java = spawnSync('pgrep', ['-f', `DynamoDBLocal.jar.*${cwd}`], { encoding: 'utf8' });
    expect(java.stdout.trim()).toBe('');
  });
});
