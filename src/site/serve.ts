/**
 * A static server for a production build, on 127.0.0.1 and a free port, resolving URLs the way
 * GitHub Pages does (`/chapters/x` -> `chapters/x.html`, a folder -> its index.html, else 404.html),
 * gzipping text for clients that accept it.
 */
import fs from 'node:fs';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.zip': 'application/zip',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The file a URL path maps to inside `root`, or undefined. Pure but for existence checks. */
export function resolveFile(root: string, urlPath: string): string | undefined {
  const clean = path.posix.normalize(decodeURIComponent(urlPath.split('?')[0]));
  if (clean.startsWith('..')) return undefined;
  const base = path.join(root, clean);
  for (const candidate of [base, `${base}.html`, path.join(base, 'index.html')]) {
    if (candidate.startsWith(root) && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

export interface Served {
  /** "http://127.0.0.1:PORT" plus the base path, ending in "/". */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a build as GitHub Pages does: text gzipped for browsers that ask, and every file cacheable
 * for ten minutes (`Cache-Control: max-age=600`), so a browser walking several pages fetches the
 * shared scripts and styles once, as a reader's does. Each file is read and compressed once.
 */
export async function serveBuild(root: string, basePath = '/'): Promise<Served> {
  const bodies = new Map<string, Buffer>();
  const bodyOf = (file: string, gzip: boolean): Buffer => {
    const key = `${gzip ? 'gz:' : ''}${file}`;
    let body = bodies.get(key);
    if (!body) {
      body = fs.readFileSync(file);
      if (gzip) body = zlib.gzipSync(body);
      bodies.set(key, body);
    }
    return body;
  };
  const server = http.createServer((req, res) => {
    const urlPath = req.url ?? '/';
    const file = urlPath.startsWith(basePath) ? resolveFile(root, '/' + urlPath.slice(basePath.length)) : undefined;
    const status = file ? 200 : 404;
    const path404 = path.join(root, '404.html');
    const type = TYPES[path.extname(file ?? path404)] ?? 'application/octet-stream';
    const gzip = /^(text\/|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
    res.writeHead(status, {
      'content-type': type,
      vary: 'accept-encoding',
      ...(file ? {'cache-control': 'max-age=600'} : {}),
      ...(gzip ? {'content-encoding': 'gzip'} : {}),
    });
    res.end(bodyOf(file ?? path404, gzip));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
