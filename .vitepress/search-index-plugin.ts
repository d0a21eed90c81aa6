/**
 * Ships the search index file as a hashed static asset. The theme imports
 * `virtual:search-index-url` (only from the lazily loaded search modal), which resolves to
 * the asset's URL under the site's base: in a build the file is emitted by Rollup with a
 * content hash; in dev it is served fresh from the markdown on every request.
 */
import type { Plugin } from 'vite'
import type { Page } from '../scripts/content'
import { docsHash, ensureIndexFile, indexFileJson, writeIndexFile } from '../scripts/search/index-file'

const VIRTUAL_ID = 'virtual:search-index-url'
const RESOLVED_ID = `\0${VIRTUAL_ID}`
const DEV_FILE = '__search-index.json'

export function searchIndexPlugin(pages: Page[]): Plugin {
  let command: 'build' | 'serve' = 'build'
  let base = '/'
  return {
    name: 'llm-interview:search-index',
    configResolved(config) {
      command = config.command
      base = config.base
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined
    },
    load(id, options) {
      if (id !== RESOLVED_ID) return
      if (command === 'serve') return `export default ${JSON.stringify(base + DEV_FILE)}`
      // The server render never opens the search box.
      if (options?.ssr) return `export default ''`
      const json = indexFileJson(pages, docsHash())
      // The CLI, tests and benchmark read these same bytes.
      writeIndexFile(json)
      const reference = this.emitFile({ type: 'asset', name: 'search-index.json', source: json })
      return `export default import.meta.ROLLUP_FILE_URL_${reference}`
    },
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        if (!request.url?.split('?')[0].endsWith(`/${DEV_FILE}`)) return next()
        try {
          const { json } = await ensureIndexFile()
          response.setHeader('Content-Type', 'application/json; charset=utf-8')
          response.setHeader('Cache-Control', 'no-store')
          response.end(json)
        } catch (error) {
          next(error)
        }
      })
    }
  }
}
