// Dev server only: the sidebar and the home grid are computed when the config loads, and
// VitePress does not reload the config when a page is added, removed or retitled. This
// plugin asks VitePress for its usual config restart in those cases (not on ordinary edits,
// which keep hot reloading).
import { readFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { splitFrontmatter } from '../scripts/content'

interface VitePressSettings {
  configPath?: string
  srcDir: string
}

export function restartOnPageListChange(): Plugin {
  let settings: VitePressSettings | undefined
  return {
    name: 'llm-interview:restart-on-page-list-change',
    apply: 'serve',
    configResolved(config) {
      settings = (config as unknown as { vitepress?: VitePressSettings }).vitepress
    },
    async configureServer(server) {
      if (!settings?.configPath) return
      const { configPath, srcDir } = settings
      const isPage = (file: string) => file.startsWith(srcDir) && file.endsWith('.md')
      const frontmatterOf = (file: string) =>
        JSON.stringify(splitFrontmatter(readFileSync(file, 'utf8')).frontmatter)
      const known = new Map<string, string>()
      for (const entry of await readdir(srcDir, { recursive: true })) {
        const file = join(srcDir, entry)
        if (isPage(file)) known.set(file, frontmatterOf(file))
      }
      // VitePress restarts when it sees its config file change.
      const restart = () => server.watcher.emit('change', configPath)
      server.watcher.on('add', (file) => {
        if (!isPage(file)) return
        known.set(file, frontmatterOf(file))
        restart()
      })
      server.watcher.on('unlink', (file) => {
        if (!isPage(file)) return
        known.delete(file)
        restart()
      })
      server.watcher.on('change', (file) => {
        if (!isPage(file)) return
        const frontmatter = frontmatterOf(file)
        if (known.get(file) === frontmatter) return
        known.set(file, frontmatter)
        restart()
      })
    }
  }
}
