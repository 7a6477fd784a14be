/**
 * The web server examples in deploy/, run for real: Debian's nginx with deploy/nginx.conf and
 * Apache 2.4 with deploy/apache.htaccess as the folder's .htaccess, each serving a build made under
 * TEST_BASE (the examples are written for /sekretessguiden/). Only what a local run needs is changed:
 * the port, the web root, and where the server keeps its pid, logs and temporary files. Everything
 * that decides how the site is served comes from the files in deploy/.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_BASE, type Server } from './site-builds.ts';

export const DEPLOY_SERVERS = ['nginx', 'apache'] as const;
export type DeployServer = (typeof DEPLOY_SERVERS)[number];

const BINARIES: Record<DeployServer, string> = { nginx: '/usr/sbin/nginx', apache: '/usr/sbin/apache2' };
const APACHE_MODULES = '/usr/lib/apache2/modules';

/** Whether the server is installed (.ci/run installs both; a local run without them skips). */
export const isInstalled = (server: DeployServer) => existsSync(BINARIES[server]);

/**
 * A web root holding a copy of the build as `<root>/sekretessguiden/`, with Apache's .htaccess (a copy
 * of deploy/apache.htaccess). A copy in the system's temporary folder, not links into the project:
 * started as root (CI), both servers read files as an unprivileged user (www-data, nobody), who may
 * not be allowed into the folder the project was cloned to.
 */
function webRoot(home: string, dir: string): string {
  const root = join(home, 'root');
  const site = join(root, TEST_BASE.replaceAll('/', ''));
  cpSync(dir, site, { recursive: true });
  copyFileSync('deploy/apache.htaccess', join(site, '.htaccess'));
  return root;
}

function nginxConfig(home: string, root: string, port: number): string {
  const example = readFileSync('deploy/nginx.conf', 'utf8');
  const site = example.replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`).replace(/^(\s*)root \S+;$/m, `$1root ${root};`);
  if (!site.includes(`listen 127.0.0.1:${port};`) || !site.includes(`root ${root};`)) throw new Error('deploy/nginx.conf: hittar inte raderna "listen 80;" och "root …;" som testet byter ut.');
  writeFileSync(join(home, 'site.conf'), site);
  const temp = join(home, 'tmp');
  mkdirSync(temp);
  // What /etc/nginx/nginx.conf gives a file in conf.d/: the http block with the MIME types.
  return [
    `pid ${home}/nginx.pid;`,
    `error_log ${home}/error.log;`,
    'events {}',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${temp};`),
    `  include ${home}/site.conf;`,
    '}',
  ].join('\n');
}

function apacheConfig(home: string, root: string, port: number): string {
  // The modules the example needs (its header says so), on Debian's apache2 without /etc/apache2.
  const modules = ['mpm_event', 'authz_core', 'mime', 'dir', 'rewrite', 'headers'];
  return [
    `ServerRoot ${home}`,
    'ServerName 127.0.0.1',
    `Listen 127.0.0.1:${port}`,
    `PidFile ${home}/httpd.pid`,
    `ErrorLog ${home}/error.log`,
    ...modules.map((m) => `LoadModule ${m}_module ${APACHE_MODULES}/mod_${m}.so`),
    'TypesConfig /etc/mime.types',
    // Used only when started as root (CI): the workers must not run as root.
    'User www-data',
    'Group www-data',
    `DocumentRoot ${root}`,
    '<Directory />',
    '  AllowOverride None',
    '  Require all denied',
    '</Directory>',
    `<Directory ${root}>`,
    '  Require all granted',
    // What the example's header asks of the host.
    '  AllowOverride FileInfo Indexes Options',
    '</Directory>',
  ].join('\n');
}

/** Starts `server` on `port` serving `dir` (a build under TEST_BASE) with the deploy/ example. */
export async function startDeployServer(server: DeployServer, dir: string, port: number): Promise<Server> {
  const home = mkdtempSync(join(tmpdir(), `sekretessguiden-${server}-`));
  chmodSync(home, 0o755);
  const root = webRoot(home, dir);
  const config = join(home, 'server.conf');
  writeFileSync(config, server === 'nginx' ? nginxConfig(home, root, port) : apacheConfig(home, root, port));

  const args = server === 'nginx' ? ['-p', home, '-c', config] : ['-f', config, '-k', 'start'];
  const started = spawnSync(BINARIES[server], args, { encoding: 'utf8' });
  if (started.status !== 0) throw new Error(`${server} startade inte:\n${started.stdout}${started.stderr}`);
  const origin = `http://127.0.0.1:${port}`;
  await waitFor(origin + TEST_BASE, () => readLog(home));

  return {
    origin,
    stop: async () => {
      const stopArgs = server === 'nginx' ? ['-p', home, '-c', config, '-s', 'stop'] : ['-f', config, '-k', 'stop'];
      spawnSync(BINARIES[server], stopArgs);
      // Both servers stop in the background: wait until the port is free for the next start.
      for (let i = 0; i < 50 && (await answers(origin)); i++) await new Promise((done) => setTimeout(done, 100));
      rmSync(home, { recursive: true, force: true });
    },
  };
}

const readLog = (home: string) => (existsSync(join(home, 'error.log')) ? readFileSync(join(home, 'error.log'), 'utf8').slice(-2000) : '');

const answers = (url: string) =>
  fetch(url, { redirect: 'manual' }).then(
    () => true,
    () => false,
  );

async function waitFor(url: string, log: () => string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await answers(url)) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`Servern svarar inte på ${url}:\n${log()}`);
}
