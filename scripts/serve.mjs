// Serves the built static site (dist, or DIST) the way a plain static host would: each prerendered
// page as its own HTML file, /404.html with status 404 for unknown paths, under BASE_PATH if set.
// The base path and output folder come from the same modules the build uses, so the two agree, and
// every response carries the security and cache headers that deploy/ configures for real servers.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport } from 'vite';
import sirv from 'sirv';

const { module: basePathModule } = await runnerImport(resolve('src/buildtime/base-path.ts'));
const { module: outputDirModule } = await runnerImport(resolve('src/buildtime/output-dir.ts'));
const { module: headers } = await runnerImport(resolve('src/buildtime/security-headers.ts'));
const { module: outcomeFiles } = await runnerImport(resolve('src/buildtime/outcome-file-names.ts'));

const dir = resolve(outputDirModule.outputDir());
if (!existsSync(dir)) {
  console.error(`Hittar inte mappen ${dir}. Kör "npm run build" först.`);
  process.exit(1);
}
const base = basePathModule.basePath();
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const assets = sirv(dir, {
  dev: false,
  etag: true,
  // The build writes .br and .gz copies of every text file (src/buildtime/post-build/precompress.ts).
  brotli: true,
  gzip: true,
  extensions: ['html'],
  setHeaders: (res, pathname) => res.setHeader('Cache-Control', headers.cacheControl(pathname)),
});
const notFound = existsSync(resolve(dir, '404.html')) ? readFileSync(resolve(dir, '404.html')) : 'Sidan finns inte';

const server = createServer((req, res) => {
  for (const [name, value] of Object.entries(headers.SECURITY_HEADERS)) res.setHeader(name, value);
  const url = req.url ?? '/';
  if (base !== '/' && (url === base.slice(0, -1) || url.startsWith(base.slice(0, -1) + '?'))) {
    res.writeHead(301, { Location: base + url.slice(base.length - 1) }).end();
    return;
  }
  if (!url.startsWith(base)) {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': headers.CACHE_REVALIDATE }).end(notFound);
    return;
  }
  req.url = '/' + url.slice(base.length);
  // A guide walk whose query names a prerendered outcome gets that file (src/buildtime/outcome-pages.ts).
  const [pathname, query = ''] = req.url.split(/\?(.*)/s);
  const outcome = outcomeFiles.outcomeFileFor(pathname, query);
  if (outcome && existsSync(resolve(dir, `.${outcome}`))) req.url = outcome;
  assets(req, res, () => {
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': headers.CACHE_REVALIDATE }).end(notFound);
  });
});

server.listen(port, host, () => {
  console.log(`\nSekretessguiden körs på http://${host}:${port}${base}\nAvsluta med Ctrl+C.\n`);
});
