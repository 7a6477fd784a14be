/**
 * React Router writes the static site to <build>/client. Move it up into <build> itself, so the
 * publish folder (dist/) is exactly the folder to put on the web server at the base path.
 */
import { existsSync, readdirSync, renameSync, rmdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PostBuildStep } from './pipeline.ts';

export function liftInto(dir: string, publishDir: string): string {
  if (resolve(dir) === resolve(publishDir)) return publishDir;
  const entries = readdirSync(dir);
  const clashes = entries.filter((entry) => existsSync(join(publishDir, entry)));
  if (clashes.length > 0) throw new Error(`${publishDir} innehåller redan ${clashes.join(', ')}.`);
  for (const entry of entries) renameSync(join(dir, entry), join(publishDir, entry));
  rmdirSync(dir);
  return publishDir;
}

export const liftToPublishDir: PostBuildStep = {
  name: 'flytta upp webbplatsen till publiceringsmappen',
  run: ({ dir, publishDir }) => liftInto(dir, publishDir),
};
