/**
 * A Vite plugin for a virtual module whose default export points at generated JSON files:
 * in a build the files are emitted by Rollup as hashed assets under the site's base, in
 * dev a middleware serves them fresh, and in the server render the module is a stub (the
 * server never fetches them). The search index and the practice data both ship this way.
 */
import type { Plugin } from 'vite'

export interface VirtualAssetModuleOptions {
  /** Plugin name and the id the theme imports, e.g. `virtual:search-index-url`. */
  name: string
  id: string
  /** Module source in a build. `emit` adds an asset and returns the expression of its URL. */
  build(emit: (fileName: string, source: string) => string, base: string): string | Promise<string>
  /** Module source on the dev server, pointing at URLs under `${base}${devPrefix}`. */
  dev(base: string): string
  /** Module source in the server render. */
  ssr: string
  /** Dev requests under `/${devPrefix}` are answered with the JSON this returns for the rest of the path. */
  devPrefix: string
  devJson(path: string, query: URLSearchParams, base: string): Promise<string>
}

export function virtualAssetModule(options: VirtualAssetModuleOptions): Plugin {
  const resolvedId = `\0${options.id}`
  let command: 'build' | 'serve' = 'build'
  let base = '/'
  return {
    name: options.name,
    configResolved(config) {
      command = config.command
      base = config.base
    },
    resolveId(id) {
      return id === options.id ? resolvedId : undefined
    },
    async load(id, loadOptions) {
      if (id !== resolvedId) return
      if (command === 'serve') return options.dev(base)
      if (loadOptions?.ssr) return options.ssr
      const emit = (fileName: string, source: string) =>
        `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name: fileName, source })}`
      return options.build(emit, base)
    },
    configureServer(server) {
      server.middlewares.use(async (request, response, next) => {
        const url = new URL(request.url ?? '/', 'http://localhost')
        const at = url.pathname.indexOf(`/${options.devPrefix}`)
        if (at === -1) return next()
        try {
          const json = await options.devJson(url.pathname.slice(at + options.devPrefix.length + 1), url.searchParams, base)
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
