// Types of stats.mjs, for the TypeScript helpers that import it.
export declare const median: (values: readonly number[]) => number;
export declare function percentile(values: readonly number[], p: number): number;
export declare const sum: (values: readonly number[]) => number;
export declare const mean: (values: readonly number[]) => number;
export declare function logLogSlope(points: readonly { x: number; y: number }[]): number;
export declare const fmt: (x: number, digits?: number) => string;
export declare const usd: (x: number) => string;
export declare const table: (header: readonly string[], rows: readonly (readonly (string | number)[])[]) => string;
