import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const example = join(root, 'examples', 'alaska-summit.txt');
const precis = (...args: string[]) => spawnSync('node', [join(root, 'bin', 'precis.mjs'), ...args], { encoding: 'utf8', cwd: root });

describe('precis CLI', () => {
  let dir: string;
  beforeAll(() => {
    execFileSync('node', [join(root, 'scripts', 'build-cli.mjs')], { cwd: root });
    dir = mkdtempSync(join(tmpdir(), 'precis-cli-'));
  });

  it('prints a readable report of the example article', () => {
    const result = precis('summarize', example);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Summary\n/);
    expect(result.stdout).toMatch(/Who said what/);
    expect(result.stdout).toMatch(/Putin/);
  });

  it('prints the whole result document with --json, every span pointing into the text', () => {
    const result = precis('summarize', example, '--json');
    expect(result.status).toBe(0);
    const doc = JSON.parse(result.stdout) as { text: string; quotes: { text: string; start: number; end: number; kind: string }[]; summary: { sentences: { text: string; start: number; end: number }[] } };
    expect(doc.quotes.length).toBeGreaterThan(5);
    for (const span of [...doc.quotes, ...doc.summary.sentences]) expect(doc.text.slice(span.start, span.end)).toBe(span.text);
  });

  it('writes one summary line per input line, in input order', () => {
    const input = join(dir, 'in.jsonl');
    writeFileSync(input, ['{"id":"b","text":"First one. Second one. Third one. Fourth one."}', '', '{"id":"a","text":"Only this.","extra":1}'].join('\n'));
    const result = precis('summarize', '--jsonl', input, '--sentences', '2');
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; summary: string; sentences: unknown[] });
    expect(lines.map((l) => l.id)).toEqual(['b', 'a']);
    expect(lines[0]?.sentences).toHaveLength(2);
    expect(lines[1]?.summary).toBe('Only this.');
  });

  it('writes quote predictions in the scorer format, offsets into the text as given', () => {
    const input = join(dir, 'quotes.jsonl');
    const text = 'Intro.\n\n"We will win," Smith said.';
    writeFileSync(input, JSON.stringify({ id: 'x', text }));
    const result = precis('quotes', '--jsonl', input);
    expect(result.status).toBe(0);
    const line = JSON.parse(result.stdout) as { id: string; quotes: { content: { start: number; end: number } }[] };
    expect(line.id).toBe('x');
    const first = line.quotes[0];
    expect(first && text.slice(first.content.start, first.content.end)).toMatch(/We will win/);
  });

  it.each([
    ['empty.txt', '', /empty/],
    ['blank.txt', '  \n\t \n', /empty/],
    ['nul.txt', 'abc\u0000def', /binary/],
    ['report.pdf', 'hello', /unsupported/],
  ])('refuses %s with one line naming the file and the reason', (name, content, reason) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    const result = precis('summarize', path);
    expect(result.status).not.toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(name);
    expect(lines[0]).toMatch(reason);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses bytes that are not UTF-8', () => {
    const path = join(dir, 'latin1.txt');
    writeFileSync(path, Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    const result = precis('summarize', path);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/latin1\.txt.*not-utf8/);
  });

  it('names a missing file and a broken JSONL line', () => {
    expect(precis('summarize', join(dir, 'nope.txt')).stderr).toMatch(/nope\.txt: no such file/);
    const broken = join(dir, 'broken.jsonl');
    writeFileSync(broken, '{"id":"a","text":"Fine."}\n{oops\n');
    const result = precis('summarize', '--jsonl', broken);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/broken\.jsonl:2: not a JSON line/);
  });

  it('prints its pipeline version', () => {
    expect(precis('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+\+nlp\.\d+$/);
  });
});
