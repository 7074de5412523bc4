/**
 * Imported first by soak.ts, so it runs before the pipeline modules build their logger and
 * metrics: the soak prints its own tables, and thousands of EMF lines would bury them (and cost
 * time). Local mode sets the same variables in startLocalStack.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';

export {};
