// `npm test`: lint (counted as one test), unit tests (Vitest), then browser tests (Playwright in Debian's Chromium) against the
// built site. Without Chromium the browser tests are skipped with a clear message, unless
// REQUIRE_BROWSER_TESTS=1 (set by .ci/run), which makes a missing browser a failure.
// The last line is the total over both: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;
let problems = 0;

// 0. Lint: the import rules between folders and the usual TypeScript rules (eslint.config.js).
if (run('npx', ['eslint', '.']) === 0) passed += 1;
else failed += 1;

// 1. Unit and component tests.
rmSync('test-results/unit.json', { force: true });
const unitStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json']);
if (existsSync('test-results/unit.json')) {
  const r = JSON.parse(readFileSync('test-results/unit.json', 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  if (unitStatus !== 0 && r.numFailedTests === 0) problems += 1;
} else if (unitStatus !== 0) problems += 1;

// 2. Browser tests.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const required = process.env.REQUIRE_BROWSER_TESTS === '1';
if (!existsSync(chromium)) {
  const msg = `Webbläsartesterna hoppades över: ingen Chromium på ${chromium}.\n` +
    'Installera Debians Chromium (apt-get install -y chromium) eller ange sökvägen i CHROMIUM_PATH.';
  if (required) {
    console.error(`\nFEL: ${msg}`);
    problems += 1;
  } else {
    console.warn(`\n*** ${msg} ***\n`);
  }
} else {
  // .ci/run has just built the site (and checked its size); building again would only cost time.
  const buildStatus = process.env.SG_BUILD_READY === '1' ? 0 : run('npm', ['run', 'build']);
  if (buildStatus !== 0) {
    console.error('Bygget misslyckades – webbläsartesterna kan inte köras.');
    problems += 1;
  } else {
    rmSync('test-results/e2e.json', { force: true });
    const e2eStatus = run('npx', ['playwright', 'test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/e2e.json' });
    if (existsSync('test-results/e2e.json')) {
      const s = JSON.parse(readFileSync('test-results/e2e.json', 'utf8')).stats;
      passed += s.expected + s.flaky;
      failed += s.unexpected;
      if (e2eStatus !== 0 && s.unexpected === 0) problems += 1;
    } else if (e2eStatus !== 0) problems += 1;
  }
}

console.log(`\n${passed} passed, ${failed + problems} failed`);
process.exitCode = failed + problems > 0 ? 1 : 0;
