/**
 * Ships the practice data (question manifest and rendered answers per page) as hashed
 * static assets. `virtual:practice-data` resolves to their URLs; only the progress and
 * drill pages import it, and they fetch the files on demand (the drill fetches only the
 * answers of the chapters the reader picked). In dev the data is rebuilt on each request.
 */
import type { Plugin } from 'vite'
import { loadPages, type Page } from '../scripts/content'
import { practiceManifest, renderAnswers } from '../scripts/practice/data'

const VIRTUAL_ID = 'virtual:practice-data'
const RESOLVED_ID = `\0${VIRTUAL_ID}`
const DEV_PREFIX = '__practice/'

export function practiceDataPlugin(pages: Page[]): Plugin {
  let command: 'build' | 'serve' = 'build'
  let base = '/'
  return {
    name: 'llm-interview:practice-data',
    configResolved(config) {
      command = config.command
      base = config.base
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined
    },
    async load(id, options) {
      if (id !== RESOLVED_ID) return
      const manifest = practiceManifest(pages)
      if (command === 'serve') {
        const answers = Object.fromEntries(
          manifest.pages.map((page) => [page.route, `${base}${DEV_PREFIX}answers?route=${encodeURIComponent(page.route)}`])
        )
        return `export default ${JSON.stringify({ manifest: `${base}${DEV_PREFIX}manifest.json`, answers })}`
      }
      // The server render never fetches practice data.
      if (options?.ssr) return `export default { manifest: '', answers: {} }`
      const manifestRef = this.emitFile({ type: 'asset', name: 'practice-manifest.json', source: JSON.stringify(manifest) })
      const rendered = await renderAnswers(pages, base)
      const entries: string[] = []
      for (const [route, answers] of rendered) {
        const name = `practice-${route.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home'}.json`
        const ref = this.emitFile({ type: 'asset', name, source: JSON.stringify(answers) })
        entries.push(`${JSON.stringify(route)}: import.meta.ROLLUP_FILE_URL_${ref}`)
      }
      return `export default { manifest: import.meta.ROLLUP_FILE_URL_${manifestRef}, answers: { ${entries.join(', ')} } }`
    },
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        const url = new URL(request.url ?? '/', 'http://localhost')
        const at = url.pathname.indexOf(`/${DEV_PREFIX}`)
        if (at === -1) return next()
        try {
          const fresh = await loadPages()
          const name = url.pathname.slice(at + DEV_PREFIX.length + 1)
          let body: unknown
          if (name === 'manifest.json') body = practiceManifest(fresh)
          else body = (await renderAnswers(fresh, base)).get(url.searchParams.get('route') ?? '') ?? {}
          response.setHeader('Content-Type', 'application/json; charset=utf-8')
          response.setHeader('Cache-Control', 'no-store')
          response.end(JSON.stringify(body))
        } catch (error) {
          next(error)
        }
      })
    }
  }
}
