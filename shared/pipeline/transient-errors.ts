/**
 * The error names a pipeline stage is retried on, in one place: the state machine's retriers
 * (infra/lib/constructs/pipeline.ts) and the in-process retries of local mode and the soak
 * (shared/local/stage-retry.ts) read these lists, so the two cannot drift apart.
 */

/** Transient failures of the Lambda service itself: worth retrying, with backoff and full jitter. */
export const TRANSIENT_LAMBDA_ERRORS = [
  'Lambda.ServiceException',
  'Lambda.AWSLambdaException',
  'Lambda.SdkClientException',
  'Lambda.TooManyRequestsException',
  'Lambda.ClientExecutionTimeoutException',
] as const;

/**
 * Throttling and 5xx from DynamoDB, S3 and EventBridge that outlived the SDK's own retries,
 * raised by our handlers under the AWS error's name: a run retried seconds later usually passes,
 * where a FAILED record would wait for the next batch run.
 */
export const TRANSIENT_DEPENDENCY_ERRORS = [
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'TransactionConflictException',
  'InternalServerError',
  'ServiceUnavailable',
  'SlowDown',
  'TimeoutError',
] as const;
