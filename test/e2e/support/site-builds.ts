/**
 * Extra builds and servers for the offline tests: the site under a base path (A), and the same site
 * one content release later (B), each in its own folder under .e2e-bygg/ so the dist/ the other
 * browser tests serve is never touched. A build is reused while it is newer than dist/ (so
 * `npm test`, which rebuilds dist/, rebuilds these once); each takes about as long as `npm run build`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const BUILDS = '.e2e-bygg';
/** A base path that is also a word the site uses, like the ones that once lost pages. */
export const TEST_BASE = '/sekretessguiden/';
/** Version B's visible change: a new content release, shown in the footer of every page. */
export const VERSION_B = '2099.1.1';

const builtAt = (dir: string) => (existsSync(join(dir, 'index.html')) ? statSync(join(dir, 'index.html')).mtimeMs : 0);
const isFresh = (dir: string) => builtAt(dir) > 0 && builtAt(dir) >= builtAt('dist');

function reactRouterBuild(cwd: string, env: Record<string, string>): void {
  const run = spawnSync('npx', ['react-router', 'build'], { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`Bygget i ${cwd} misslyckades:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
}

/** Version A: this project, built under TEST_BASE into .e2e-bygg/a. */
export function buildA(): string {
  const dir = join(BUILDS, 'a');
  if (!isFresh(dir)) reactRouterBuild('.', { BASE_PATH: TEST_BASE, DIST: dir });
  return dir;
}

/**
 * Version B: a copy of the project with one more changelog entry (a new content version), built
 * under the same base into .e2e-bygg/b. The copy lives inside the project so the build finds
 * node_modules, and is removed afterwards.
 */
export function buildB(): string {
  const dir = join(BUILDS, 'b');
  if (isFresh(dir)) return dir;
  const copy = join(BUILDS, 'kalla-b');
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(copy, { recursive: true });
  const skip = new Set(['node_modules', 'dist', 'test-results', 'playwright-report', 'granskning', '.git', '.react-router', BUILDS]);
  for (const entry of readdirSync('.')) if (!skip.has(entry)) cpSync(entry, join(copy, entry), { recursive: true });

  const changelog = join(copy, 'content', 'andringar.ts');
  const marker = 'export const andringar: Andring[] = [';
  const text = readFileSync(changelog, 'utf8');
  if (!text.includes(marker)) throw new Error(`Hittar inte "${marker}" i content/andringar.ts.`);
  const entry = `{ version: '${VERSION_B}', datum: '2099-01-01', rubrik: 'Testversion B', punkter: ['En ny version för testet av uppdateringar.'] },`;
  writeFileSync(changelog, text.replace(marker, `${marker}\n  ${entry}`));

  try {
    reactRouterBuild(copy, { BASE_PATH: TEST_BASE, DIST: 'dist' });
    rmSync(dir, { recursive: true, force: true });
    renameSync(join(copy, 'dist'), dir);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
  return dir;
}

export interface Server {
  origin: string;
  stop: () => Promise<void>;
}

/** scripts/serve.mjs on `port`, serving `dir` under `base`, as a static host would. */
export async function serve(dir: string, base: string, port: number): Promise<Server> {
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: { ...process.env, DIST: resolve(dir), BASE_PATH: base, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((ready, fail) => {
    let out = '';
    const collect = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('körs på')) ready();
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('exit', (code) => fail(new Error(`serve.mjs avslutades (${code}): ${out}`)));
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill();
      }),
  };
}

/** Extra servers use E2E_EXTRA_PORT (default 4190) and the next few ports. */
export const extraPort = (offset = 0) => Number(process.env.E2E_EXTRA_PORT ?? 4190) + offset;
