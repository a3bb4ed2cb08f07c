import { readFileSync } from 'node:fs';

// What the tests of `podsmith import` share: the seed's Terraform block as the blog post has it
// (the app's paste tests use it too), and the variables it leaves unresolved.

export const SEED_TF = readFileSync(
  new URL('../io/__fixtures__/recognise/terraform-deployment-cron-sidecar.tf', import.meta.url),
  'utf8',
);

export const SEED_VARIABLES = [
  'var.django_replicas',
  'var.ecr_url',
  'var.django_port',
  'var.cron_sidecar_ecr_url',
];
