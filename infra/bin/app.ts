import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readConfig } from '../lib/config';
import { PrecisStack } from '../lib/precis-stack';

const app = new App();
const config = readConfig(app.node);

new PrecisStack(app, `Precis-${config.stage}`, {
  config,
  description: `precis (${config.stage}): news articles in, structured summaries out`,
  // Environment-agnostic unless the CLI knows the account (synth works offline).
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});

// cdk-nag 3 is a policy-validation plugin: findings fail `cdk synth` unless acknowledged
// (Validations.of(construct).acknowledge), each acknowledgment with its reason next to it.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

app.synth();
