// A minimal static file server for the built site, mounted under any base path. Used by the
// sub-path e2e test (the site must work from a folder, not only from `/`) and by the bench, which
// reads its log to count what a first visit moves (workers too: they are fetched from here).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serve `root` at `http://127.0.0.1:<port><base>`; every other path is a 404, so a build that
 * asks for `/assets/…` instead of `./assets/…` fails visibly.
 * @param {{ root: string, base?: string, port?: number }} options port 0 (default) picks a free one
 */
export function serveStatic({ root, base = '/', port = 0 }) {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const rootDir = path.resolve(root);
  /** @type {{ url: string, status: number, bytes: number, file?: string }[]} */
  const log = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const send = (status, headers = {}, body = '') => {
      log.push({ url: url.pathname, status, bytes: Buffer.byteLength(body) });
      res.writeHead(status, headers);
      res.end(body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405);
    if (`${url.pathname}/` === prefix) return send(301, { location: prefix });
    if (!url.pathname.startsWith(prefix)) return send(404, {}, 'not found');
    let rel;
    try {
      rel = decodeURIComponent(url.pathname.slice(prefix.length));
    } catch {
      return send(400);
    }
    let file = path.resolve(rootDir, rel || 'index.html');
    if (file !== rootDir && !file.startsWith(rootDir + path.sep)) return send(403);
    if (fs.existsSync(file) && fs.statSync(file).isDirectory())
      file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) return send(404, {}, 'not found');
    const body = fs.readFileSync(file);
    const type = TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    const bytes = req.method === 'HEAD' ? 0 : body.length;
    log.push({ url: url.pathname, status: 200, bytes, file });
    res.writeHead(200, { 'content-type': type, 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://127.0.0.1:${actualPort}${prefix}`,
        log,
        close: () =>
          new Promise((done) => {
            server.close(() => done(undefined));
            server.closeAllConnections(); // the browser keeps connections alive
          }),
      });
    });
  });
}
