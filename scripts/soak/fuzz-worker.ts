import fc from 'fast-check';
import { analyze } from '../../shared/nlp/analyze';
import { DecodeError } from '../../shared/nlp/decode/decode-error';
import { SMALL_UPLOADS, uploadArbitrary } from './nlp-arbitraries';
import { analysisViolations } from './nlp-invariants';

/** What one worker reports on its last stdout line. */
export interface FuzzWorkerResult {
  readonly runs: number;
  readonly analyzed: number;
  readonly refused: Readonly<Record<string, number>>;
  readonly throws: number;
  readonly violations: number;
  readonly characters: number;
  readonly milliseconds: number;
  /** The first few failing inputs, so a finding can be replayed: name, base64 bytes, what went wrong. */
  readonly failures: readonly { readonly name: string; readonly base64: string; readonly problem: string }[];
}

/**
 * One fuzzing process: `runs` generated uploads through decode → segment → attribute →
 * summarize, counting throws and invariant violations instead of stopping at the first, so a
 * million runs give a rate, not just a verdict.
 */
function fuzz(runs: number, seed: number): FuzzWorkerResult {
  const refused: Record<string, number> = {};
  const failures: { name: string; base64: string; problem: string }[] = [];
  let analyzed = 0;
  let throws = 0;
  let violations = 0;
  let characters = 0;
  let done = 0;
  const started = performance.now();
  const record = (name: string, bytes: Uint8Array, problem: string) => {
    if (failures.length < 5) failures.push({ name, base64: Buffer.from(bytes).toString('base64'), problem: problem.slice(0, 300) });
  };
  fc.assert(
    fc.property(uploadArbitrary(SMALL_UPLOADS), ({ name, bytes }) => {
      if (++done % 50_000 === 0) process.stderr.write(`  fuzz seed ${seed}: ${done}/${runs}, ${Math.round((performance.now() - started) / 1000)} s\n`);
      let problems: string[];
      try {
        const result = analyze(bytes, name);
        if (result instanceof DecodeError) {
          refused[result.code] = (refused[result.code] ?? 0) + 1;
          return;
        }
        analyzed++;
        characters += result.attributed.segmented.document.text.length;
        problems = analysisViolations(result);
      } catch (error) {
        throws++;
        record(name, bytes, `threw ${(error as Error).name}: ${(error as Error).message}`);
        return;
      }
      if (problems.length > 0) {
        violations++;
        record(name, bytes, problems.slice(0, 3).join('; '));
      }
    }),
    { numRuns: runs, seed, endOnFailure: true },
  );
  return { runs, analyzed, refused, throws, violations, characters, milliseconds: performance.now() - started, failures };
}

const [runs, seed] = process.argv.slice(2).map(Number);
if (!Number.isInteger(runs) || !Number.isInteger(seed)) throw new Error('usage: fuzz-worker.ts <runs> <seed>');
process.stdout.write(`${JSON.stringify(fuzz(runs as number, seed as number))}\n`);
