import { createRequire } from 'node:module';

/**
 * Loads an AWS SDK v3 package with `require`. The SDK ships CommonJS (the Lambda runtime's copy
 * too), and an ES module that `import`s CommonJS makes Node scan each file's source for its
 * export names first: measured here, importing the S3, DynamoDB, document and EventBridge
 * clients took 190–213 ms of CPU by `import` and 89–96 ms by `require`, most of a cold start.
 * esbuild leaves a call through this function alone, so the SDK stays external in the bundles.
 */
export const requireSdk = createRequire(import.meta.url);
