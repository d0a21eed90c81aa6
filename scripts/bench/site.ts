// Site figures for `npm run bench`: full build time and page count, dev-server cold start
// (until a chapter page is served), and the JS+CSS a page loads up front compared with a
// plain VitePress page (default theme, one markdown page) built the same way.
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '../content'
import { chapterPageWithMost, ROOT_DIR } from '../content'
import { buildSite, VITEPRESS_BIN } from '../build-site'
import { assetWeight, initialAssetPaths, INITIAL_JS_CSS_BUDGET_GZIP, sumGzip } from '../page-weight'


export interface SiteFigures {
  buildSeconds: number
  htmlPages: number
  devColdStartSeconds: number
  ourPage: { route: string; files: number; gzipBytes: number }
  plainPage: { files: number; gzipBytes: number }
  budgetBytes: number
}

function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((entry) => String(entry).endsWith('.html')).length
}

function htmlFile(siteDir: string, route: string): string {
  const path = route.replace(/^\//, '')
  return join(siteDir, path === '' || path.endsWith('/') ? `${path}index.html` : `${path}.html`)
}

function weighPage(siteDir: string, route: string): { files: number; gzipBytes: number } {
  const paths = initialAssetPaths(readFileSync(htmlFile(siteDir, route), 'utf8'), '/')
  return { files: paths.length, gzipBytes: sumGzip(paths.map((path) => assetWeight(siteDir, path))) }
}

function buildPlainSite(): string {
  // Inside the project, so the plain site resolves vue and vitepress from our node_modules.
  mkdirSync(join(ROOT_DIR, '.vitepress', 'cache'), { recursive: true })
  const dir = mkdtempSync(join(ROOT_DIR, '.vitepress', 'cache', 'bench-plain-'))
  mkdirSync(join(dir, '.vitepress'))
  writeFileSync(join(dir, '.vitepress', 'config.mjs'), "export default { title: 'Plain', cleanUrls: true }\n")
  writeFileSync(join(dir, 'index.md'), '# 一页普通的 VitePress 文档\n\n用默认主题构建，作为页面体积的对照。\n\n## 小节\n\n正文。\n')
  execFileSync(VITEPRESS_BIN, ['build', dir], { cwd: ROOT_DIR, stdio: 'ignore' })
  return dir
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

async function devColdStart(route: string): Promise<number> {
  const port = await freePort()
  const started = performance.now()
  const child = spawn(VITEPRESS_BIN, ['dev', '--port', String(port), '--strictPort'], {
    cwd: ROOT_DIR,
    stdio: 'ignore',
    detached: true
  })
  try {
    for (;;) {
      if (performance.now() - started > 180_000) throw new Error('dev server did not serve a page within 180 s')
      try {
        const response = await fetch(`http://127.0.0.1:${port}${route}`)
        if (response.ok && (await response.text()).includes('<div id="app">')) break
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    return (performance.now() - started) / 1000
  } finally {
    process.kill(-child.pid!, 'SIGTERM')
  }
}

export async function benchSite(pages: Page[]): Promise<SiteFigures> {
  const heaviest = chapterPageWithMost(pages, 'mathCount')
  const outDir = mkdtempSync(join(tmpdir(), 'llm-interview-bench-'))
  const buildStart = performance.now()
  buildSite({ outDir, base: '/', quiet: true })
  const buildSeconds = (performance.now() - buildStart) / 1000
  const plainDir = buildPlainSite()
  try {
    return {
      buildSeconds,
      htmlPages: countHtml(outDir),
      devColdStartSeconds: await devColdStart(heaviest.route),
      ourPage: { route: heaviest.route, ...weighPage(outDir, heaviest.route) },
      plainPage: weighPage(join(plainDir, '.vitepress', 'dist'), '/'),
      budgetBytes: INITIAL_JS_CSS_BUDGET_GZIP
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true })
    rmSync(plainDir, { recursive: true, force: true })
  }
}
