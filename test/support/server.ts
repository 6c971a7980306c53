// A small static server on 127.0.0.1 for the end-to-end tests, the demo and the benchmark: serves a folder, and
// renders the seed articles (when ../shared/seeds exists) as simple pages without storing their text anywhere.
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SEEDS_DIR = path.resolve(ROOT, '..', 'shared', 'seeds');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export async function seedNames(): Promise<string[]> {
  if (!existsSync(SEEDS_DIR)) return [];
  return (await readdir(SEEDS_DIR)).filter((name) => name.endsWith('.txt')).sort();
}

/** A seed article as a plain news page: the first line is the headline, every other non-empty line a paragraph. */
export async function renderSeed(name: string): Promise<string> {
  const text = await readFile(path.join(SEEDS_DIR, path.basename(name)), 'utf8');
  const [headline = '', ...rest] = text.split('\n').map((line) => line.trim()).filter(Boolean);
  const paragraphs = rest.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(headline)}</title></head><body><article><h1>${escapeHtml(headline)}</h1>\n${paragraphs}</article></body></html>`;
}

export interface TestServer {
  origin: string;
  close: () => Promise<void>;
}

/** Serves `folders` (first match wins) and /seeds/<name>.txt as rendered pages. */
export async function startServer(folders: string[], extraRoutes: Record<string, () => string | Promise<string>> = {}): Promise<TestServer> {
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const route = extraRoutes[url.pathname];
    if (route) {
      response.writeHead(200, { 'content-type': TYPES['.html'] });
      response.end(await route());
      return;
    }
    if (url.pathname.startsWith('/seeds/')) {
      const name = decodeURIComponent(url.pathname.slice('/seeds/'.length));
      if ((await seedNames()).includes(name)) {
        response.writeHead(200, { 'content-type': TYPES['.html'] });
        response.end(await renderSeed(name));
        return;
      }
    }
    const relative = path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    for (const folder of folders) {
      const file = path.join(folder, relative.endsWith('/') ? `${relative}index.html` : relative);
      if (!file.startsWith(folder)) continue;
      try {
        const body = await readFile(file);
        response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
        response.end(body);
        return;
      } catch {
        // try the next folder
      }
    }
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  };
  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const PROJECT_ROOT = ROOT;
