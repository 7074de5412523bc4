import { copyFileSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../shared/local/local-stack';
import type { RunOutcome } from '../../shared/local/local-state-machine';

const example = join(import.meta.dirname, '..', '..', 'examples', 'alaska-summit.txt');
/** For a person to look at after a run; a temp file, so the test writes nothing outside the repo's reach. */
const SCREENSHOT = join(tmpdir(), 'precis-viewer.png');

/** Markup in a title, in quoted speech and in plain text: all of it must show as characters. */
const HOSTILE_ARTICLE = [
  '# Researchers <script>window.pwned = 1</script> test "><img src=x onerror="window.pwned=2"> the viewer',
  '',
  '"<script>window.pwned = 3</script> is only text," said Mallory Hacker, a security researcher at the institute.',
  '',
  'Hacker added that "<img src=x onerror=window.pwned=4> must stay text too," and left the stage.',
].join('\n');

describe('the viewer page in headless Chromium', () => {
  let stack: LocalStack;
  let browser: Browser;
  let workDir: string;
  const outcomes = new Map<string, RunOutcome>();

  const drop = async (name: string, write: (path: string) => void) => {
    write(join(workDir, 'inbox', name));
    const deadline = Date.now() + 20_000;
    while (!outcomes.has(name) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    await stack.idle();
    const outcome = outcomes.get(name);
    if (!outcome) throw new Error(`${name} was never processed`);
    return outcome;
  };

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'precis-viewer-'));
    mkdirSync(join(workDir, 'inbox'));
    stack = await startLocalStack({
      dataDir: join(workDir, '.precis'),
      inboxDir: join(workDir, 'inbox'),
      port: 0,
      dynamoEndpoint: inject('dynamoEndpoint'),
      tableName: `precis-viewer-${process.pid}`,
      onProcessed: (name, outcome) => outcomes.set(name, outcome),
    });
    browser = await chromium.launch({
      // Debian's Chromium by default (what .ci/run installs); CHROMIUM_PATH points elsewhere.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('lists the example article, opens it, and highlights each quote in its speaker’s colour with who said it', async () => {
    const outcome = await drop('alaska-summit.txt', (path) => copyFileSync(example, path));
    expect(outcome.status).toBe('SUMMARIZED');
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));

    const response = await page.goto(`${stack.apiUrl}/`);
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    const link = page.locator(`a[href="/view/${outcome.articleId}"]`);
    await link.waitFor();
    await link.click();
    await page.waitForURL(`**/view/${outcome.articleId}`);
    await page.locator('mark.quote').first().waitFor();

    const marks = await page.locator('.article-text mark.quote').evaluateAll((nodes) =>
      nodes.map((node) => ({ text: node.textContent ?? '', title: node.getAttribute('title') ?? '', className: node.className, speaker: node.getAttribute('data-speaker') ?? '' })),
    );
    expect(marks.length).toBeGreaterThan(5);
    const constructive = marks.find((mark) => mark.text.includes('constructive manner'));
    expect(constructive?.title).toMatch(/Speaker: Vladimir Putin/);
    expect(constructive?.title).toMatch(/Cue: said/);
    expect(constructive?.title).toMatch(/Confidence: \d+%/);
    // One speaker, one colour: every quote of Putin's carries the same class.
    const putinClasses = new Set(marks.filter((mark) => mark.speaker === 'Vladimir Putin').map((mark) => mark.className));
    expect(putinClasses.size).toBe(1);
    expect([...putinClasses][0]).toMatch(/speaker-\d/);
    const otherSpeakerClass = marks.find((mark) => mark.speaker && mark.speaker !== 'Vladimir Putin')?.className;
    expect(otherSpeakerClass).toBeDefined();
    expect(otherSpeakerClass).not.toBe([...putinClasses][0]);

    // Hovering shows who said it (the title attribute is the tooltip).
    const mark = page.locator('mark.quote', { hasText: 'constructive manner' });
    await mark.hover();
    expect(await mark.getAttribute('title')).toMatch(/Vladimir Putin/);

    await expect(page.locator('.speakers li', { hasText: 'Vladimir Putin' }).count()).resolves.toBe(1);
    await expect(page.locator('ol.summary li').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows an article full of markup as text, runs none of it, and the policy would block it anyway', async () => {
    const outcome = await drop('hostile.md', (path) => writeFileSync(path, HOSTILE_ARTICLE));
    expect(outcome.status).toBe('SUMMARIZED');
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') violations.push(message.text());
    });
    await page.goto(`${stack.apiUrl}/view/${outcome.articleId}`);
    await page.locator('.article-text').waitFor();

    expect(await page.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('main script').count()).toBe(0);
    const text = await page.locator('.article-text').textContent();
    expect(text).toContain('<script>window.pwned = 3</script> is only text');
    expect(text).toContain('<img src=x onerror=window.pwned=4> must stay text');
    expect(await page.locator('h1').textContent()).toContain('<script>');
    expect(await page.locator('.article-text mark.quote').count()).toBeGreaterThan(0);

    // The listing renders the same title as text.
    await page.goto(`${stack.apiUrl}/`);
    await page.locator(`a[href="/view/${outcome.articleId}"]`).waitFor();
    expect(await page.locator(`a[href="/view/${outcome.articleId}"]`).textContent()).toContain('<script>');
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as { pwned?: number }).pwned)).toBeUndefined();
    expect(violations).toEqual([]);
    await page.close();
  });
});
