import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

/**
 * One structured logger and one metrics buffer per cold start. In Lambda they write JSON and EMF
 * to CloudWatch; local mode quiets them (POWERTOOLS_LOG_LEVEL, POWERTOOLS_METRICS_DISABLED) and
 * prints its own one-line-per-article log instead.
 */
export const logger = new Logger({ serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'precis' });
export const metrics = new Metrics({ namespace: process.env.POWERTOOLS_METRICS_NAMESPACE ?? 'Precis', serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'precis' });

export { MetricUnit };
