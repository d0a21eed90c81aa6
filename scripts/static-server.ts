// Serves a built site under its base path, like GitHub Pages: clean URLs resolve to .html
// files, anything else is a 404 with the site's 404.html. Every request is logged so tests
// can assert that nothing was missing.
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import compression from 'compression'
import sirv from 'sirv'

export interface StaticServer {
  origin: string
  close(): Promise<void>
}

export interface StaticServerOptions {
  /** gzip responses as GitHub Pages does (for the Lighthouse audit's transfer sizes). */
  compress?: boolean
  /** A fixed port (default: any free port). */
  port?: number
}

export async function startStaticServer(dir: string, base: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const serve = sirv(dir, { dev: false, extensions: ['html'], etag: true })
  const compress = options.compress ? compression() : null
  const notFound = readFileSync(join(dir, '404.html'))
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/'
    const send404 = () => {
      res.statusCode = 404
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.end(notFound)
    }
    if (!url.startsWith(base)) return send404()
    req.url = `/${url.slice(base.length)}`
    if (compress) compress(req as never, res as never, () => serve(req, res, send404))
    else serve(req, res, send404)
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}
